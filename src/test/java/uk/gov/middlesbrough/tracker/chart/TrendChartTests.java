package uk.gov.middlesbrough.tracker.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG is XML: these read the words it draws, as a reader of the chart would. */
class TrendChartTests {

	private static final LocalDate END_2019 = LocalDate.of(2019, 12, 31);

	@Test
	void annualFiguresAreLabelledByTheirYearsAndTheTargetIsNamedBesideItsLine() throws Exception {
		ChartSeries homes = new ChartSeries("Newport", List.of(point(END_2019, 148), point(END_2019.plusYears(1), 150),
				point(END_2019.plusYears(2), 131), point(END_2019.plusYears(3), 138)));
		String svg = TrendChart.overTime(List.of(homes), "Number", TrendChartTests::year).withLine(100.0, "Target 100").svg();
		save("annual", svg);

		List<String> words = texts(svg);
		assertThat(words).contains("2019", "2020", "2021", "2022", "Target 100");
		// No month or day appears anywhere: ticks are the figures' own periods, not a date axis's months.
		assertThat(words).noneMatch(word -> word.matches(".*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec).*"));
		assertThat(svg).startsWith("<svg").contains("viewBox='0.0 0.0 600.0 300.0'");
	}

	@Test
	void theTargetsNameIsDrawnRightOfTheDataNotOverIt() throws Exception {
		ChartSeries homes = new ChartSeries("Newport", List.of(point(END_2019, 148), point(END_2019.plusYears(1), 150)));
		String svg = TrendChart.overTime(List.of(homes), "Number", TrendChartTests::year).withLine(100.0, "Target 100").svg();

		double targetX = x(text(svg, "Target 100"));
		double latestYearX = x(text(svg, "2020"));
		// The latest tick is under the last point; the target's name starts beyond the end of the plot.
		assertThat(targetX).isGreaterThan(latestYearX + 20);
	}

	@Test
	void surveyWavesAreACategoryAxisNamedByWave() throws Exception {
		ChartSeries safe = new ChartSeries("Newport", List.of(new ChartSeries.Point(LocalDate.of(2020, 9, 1), 31.18, "31.18%"),
				new ChartSeries.Point(LocalDate.of(2021, 3, 1), 35.49, "35.49%"),
				new ChartSeries.Point(LocalDate.of(2023, 9, 1), 68.65, "68.65%")));
		String svg = TrendChart.byWave(List.of(safe), "% agreeing",
				date -> date.getMonthValue() == 9 ? "September " + date.getYear() : "March " + date.getYear()).svg();
		save("waves", svg);

		List<Element> ticks = List.of(text(svg, "September 2020"), text(svg, "March 2021"), text(svg, "September 2023"));
		// Equally spaced although the fieldwork dates are 6 months, then 30 months apart: the waves are categories.
		double first = centre(ticks.get(0));
		double second = centre(ticks.get(1));
		double third = centre(ticks.get(2));
		assertThat(Math.abs((second - first) - (third - second))).isLessThan(10.0);
		assertThat(texts(svg)).noneMatch(word -> word.matches("(Oct|Dec|Feb|Apr|Jun|Aug)-?\\s?\\d{4}"));
	}

	@Test
	void aSingleFigureIsAPointWithItsValueWritten() throws Exception {
		ChartSeries one = new ChartSeries("Newport", List.of(new ChartSeries.Point(LocalDate.of(2021, 12, 31), 3345, "3,345")));
		String svg = TrendChart.overTime(List.of(one), "Number", TrendChartTests::year).svg();
		save("single", svg);

		assertThat(texts(svg)).contains("3,345", "2021");
	}

	@Test
	void closeThresholdsHaveNamesThatDoNotOverlap() throws Exception {
		ChartSeries post = new ChartSeries("Senior practitioner 1", List.of(point(LocalDate.of(2021, 11, 22), 29),
				point(LocalDate.of(2022, 3, 1), 27)));
		ChartSeries worker = new ChartSeries("Social worker 1", List.of(point(LocalDate.of(2021, 11, 22), 20),
				point(LocalDate.of(2022, 3, 1), 24)));
		String svg = TrendChart.overTime(List.of(post, worker), "Children on caseload", date -> date.toString())
			.withLine(25.0, "Threshold 25\nsocial workers").withLine(26.0, "Threshold 26\nearly help").svg();
		save("thresholds", svg);

		double higher = y(text(svg, "early help"));
		double lower = y(text(svg, "Threshold 25"));
		assertThat(texts(svg)).contains("Threshold 26", "early help", "Threshold 25", "social workers",
				"Senior practitioner 1", "Social worker 1");
		// 26's two lines come first; 25's name starts below them although the lines are one child apart.
		assertThat(lower).isGreaterThan(higher + 10);
	}

	@Test
	void crowdedMonthlyTicksKeepTheLatestPeriodNamed() throws Exception {
		List<ChartSeries.Point> months = new ArrayList<>();
		for (int i = 0; i < 36; i++) {
			LocalDate end = LocalDate.of(2019, 1, 1).plusMonths(i + 1).minusDays(1);
			months.add(point(end, i));
		}
		String svg = TrendChart.overTime(List.of(new ChartSeries("Newport", months)), "Number",
				date -> date.getMonth().toString().substring(0, 3) + " " + date.getYear()).svg();

		List<String> ticks = texts(svg).stream().filter(word -> word.matches("[A-Z]{3} \\d{4}")).toList();
		assertThat(ticks).contains("DEC 2021").hasSizeLessThan(36).hasSizeGreaterThan(4);
	}

	private static ChartSeries.Point point(LocalDate date, double value) {
		return new ChartSeries.Point(date, value);
	}

	private static String year(LocalDate date) {
		return String.valueOf(date.getYear());
	}

	/** Keeps the drawing under target/charts to look at. */
	private static void save(String name, String svg) throws Exception {
		Path folder = Path.of("target", "charts");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve(name + ".svg"), svg);
	}

	private static Document parse(String svg) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> texts(String svg) throws Exception {
		NodeList nodes = parse(svg).getElementsByTagName("text");
		List<String> words = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			words.add(nodes.item(i).getTextContent().strip());
		}
		return words;
	}

	private static Element text(String svg, String words) throws Exception {
		NodeList nodes = parse(svg).getElementsByTagName("text");
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getTextContent().strip().equals(words)) {
				return (Element) nodes.item(i);
			}
		}
		throw new AssertionError("No text \"" + words + "\" in the chart: " + texts(svg));
	}

	private static double x(Element text) {
		return Double.parseDouble(text.getAttribute("x"));
	}

	private static double y(Element text) {
		return Double.parseDouble(text.getAttribute("y"));
	}

	/** Where a centred tick label's middle is: its x plus half its length, at about 7 px a character. */
	private static double centre(Element text) {
		return x(text) + text.getTextContent().length() * 3.5;
	}
}
