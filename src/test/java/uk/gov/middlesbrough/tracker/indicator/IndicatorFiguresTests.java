package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.locality.LocalityStatus;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.support.Messages;

/** Which indicators a pack charts when a locality has more than it can chart, and the pack's table of figures. */
class IndicatorFiguresTests {

	@Test
	void aPackChartsTwelveIndicatorsThoseNeedingAttentionFirstInNameOrder() {
		List<IndicatorSeries> all = new ArrayList<>();
		// Twenty indicators named 00..19, lower is better, target 20, tolerance 1; the odd ones at 40 (off target beyond
		// tolerance), the even ones at 10 (on target), each with one figure.
		for (int i = 0; i < 20; i++) {
			IndicatorView indicator = new IndicatorView(i, "code-" + i, String.format("Indicator %02d", i), null, Unit.COUNT,
					Polarity.LOWER_IS_BETTER, Frequency.MONTHLY, "Source", null, null, new BigDecimal("20"), BigDecimal.ONE, 0);
			BigDecimal value = new BigDecimal(i % 2 == 1 ? "40" : "10");
			LocalDate period = LocalDate.of(2024, 1, 31);
			all.add(new IndicatorSeries(indicator, LocalitySeries.of(indicator, 7, "Ward", List.of(
					new FigurePoint(period, indicator.period(period), value, indicator.format(value), null, null)), period.plusDays(10))));
		}
		IndicatorFigures figures = new IndicatorFigures(List.of(), Map.of(7L, all), Messages.bundles(), Locale.UK, SmallNumbers.DEFAULT);

		// 10 need attention (01, 03, ... 19), then the first 2 of the rest (00, 02): 12 in all.
		assertThat(figures.charted(7).stream().map(each -> each.indicator().name()).toList()).containsExactly(
				"Indicator 01", "Indicator 03", "Indicator 05", "Indicator 07", "Indicator 09", "Indicator 11", "Indicator 13",
				"Indicator 15", "Indicator 17", "Indicator 19", "Indicator 00", "Indicator 02");
		assertThat(figures.charted(8)).isEmpty();
	}

	@Test
	void thePacksTableCarriesASeriesNoteAndMarksAnIllustrativeOneOnlyWhereASeriesHasThem() {
		IndicatorView families = new IndicatorView(1, "families", "Families reached", null, Unit.COUNT, Polarity.HIGHER_IS_BETTER,
				Frequency.ANNUAL, "Source", null, null, null, BigDecimal.TEN, 0);
		LocalDate period = LocalDate.of(2021, 12, 31);
		FigurePoint point = new FigurePoint(period, "2021", new BigDecimal("878"), "878", null, "Minutes");
		LocalitySeries newport = LocalitySeries.of(families, 1, "Newport", List.of(point), period,
				new LocalitySeries.SeriesNote("The centre covers other wards too.", false));
		LocalitySeries dated = LocalitySeries.of(families, 2, "North Ormesby", List.of(point), period,
				new LocalitySeries.SeriesNote("Dated by the presentation.", true));
		LocalitySeries plain = LocalitySeries.of(families, 3, "Hemlington", List.of(point), period);
		List<LocalityView> localities = List.of(locality(1, "Newport"),
				locality(2, "North Ormesby"), locality(3, "Hemlington"));
		IndicatorFigures figures = new IndicatorFigures(localities, Map.of(1L, List.of(new IndicatorSeries(families, newport)),
				2L, List.of(new IndicatorSeries(families, dated)), 3L, List.of(new IndicatorSeries(families, plain))),
				Messages.bundles(), Locale.UK, SmallNumbers.DEFAULT);

		ExportTable table = figures.tables().get(0);
		assertThat(table.headings()).endsWith("Note on these figures", "Illustrative");
		assertThat(table.rows()).extracting(row -> row.get(row.size() - 2)).containsExactly(
				"The centre covers other wards too.", "Dated by the presentation.", null);
		assertThat(table.rows()).extracting(row -> row.get(row.size() - 1)).containsExactly(null, "Illustrative", null);
		assertThat(figures.illustrative()).isTrue();

		IndicatorFigures without = new IndicatorFigures(List.of(localities.get(2)),
				Map.of(3L, List.of(new IndicatorSeries(families, plain))), Messages.bundles(), Locale.UK, SmallNumbers.DEFAULT);
		assertThat(without.tables().get(0).headings()).doesNotContain("Note on these figures", "Illustrative");
		assertThat(without.illustrative()).isFalse();
	}

	@Test
	void aCountBelowFiveIsWrittenInWordsOutsideTheDashboardAndItsSeriesIsNotChartedWhileAPercentageIsShownAsItIs() {
		IndicatorView children = new IndicatorView(1, "cin", "Children in need", null, Unit.COUNT, Polarity.LOWER_IS_BETTER,
				Frequency.QUARTERLY, "Source", null, null, null, BigDecimal.ONE, 0);
		IndicatorView share = new IndicatorView(2, "share", "Share reached", null, Unit.PERCENTAGE, Polarity.HIGHER_IS_BETTER,
				Frequency.QUARTERLY, "Source", null, null, null, BigDecimal.ONE, 0);
		LocalDate march = LocalDate.of(2022, 3, 31);
		LocalDate june = LocalDate.of(2022, 6, 30);
		// Children in need: 7 in March (shown), 3 in June (fewer than 5); the share: 3% in June (a percentage, shown).
		LocalitySeries counted = LocalitySeries.of(children, 1, "Newport", List.of(
				new FigurePoint(march, "March 2022", new BigDecimal("7"), "7", null, "Returns"),
				new FigurePoint(june, "June 2022", new BigDecimal("3"), "3", null, "Returns")), june);
		LocalitySeries percent = LocalitySeries.of(share, 1, "Newport", List.of(
				new FigurePoint(march, "March 2022", new BigDecimal("8.5"), "8.5%", null, "Survey"),
				new FigurePoint(june, "June 2022", new BigDecimal("3"), "3%", null, "Survey")), june);
		IndicatorFigures figures = new IndicatorFigures(List.of(locality(1, "Newport")), Map.of(1L, List.of(
				new IndicatorSeries(children, counted), new IndicatorSeries(share, percent))), Messages.bundles(), Locale.UK,
				SmallNumbers.DEFAULT);

		assertThat(figures.disclosed(children, counted.points().get(0))).isEqualTo("7");
		assertThat(figures.disclosed(children, counted.points().get(1))).isEqualTo("fewer than 5");
		assertThat(figures.disclosed(share, percent.points().get(1))).isEqualTo("3%");
		assertThat(figures.anyWithheld(children, counted)).isTrue();
		assertThat(figures.anyWithheld(share, percent)).isFalse();
		assertThat(figures.chart(locality(1, "Newport"), figures.of(1).get(0))).isNull();
		assertThat(figures.chart(locality(1, "Newport"), figures.of(1).get(1))).contains("<svg");
		// The export: the latest count in words (a text cell), the percentage a number.
		assertThat(figures.tables().get(0).rows()).extracting(row -> row.get(3))
			.containsExactly("fewer than 5", new BigDecimal("3"));
		assertThat(figures.notCharted()).startsWith("Not charted: some of these figures are fewer than 5");
		// A threshold of 10 withholds the 7 too.
		IndicatorFigures ten = new IndicatorFigures(figures.localities(), figures.byLocality(), Messages.bundles(), Locale.UK,
				new SmallNumbers(10));
		assertThat(ten.disclosed(children, counted.points().get(0))).isEqualTo("fewer than 10");
	}

	private static LocalityView locality(long id, String name) {
		return new LocalityView(id, name, name,
				LocalityStatus.PILOT, LocalDate.of(2019, 10, 8), null, null, null, null,
				List.of(), 0);
	}

	@Test
	void aComparisonPageHoldsFewerRowsAsMoreLocalitiesAreCompared() {
		// 200 figures a page, at most 50 rows and at least 10: 2 → 50 (100 capped), 4 → 50, 5 → 40, 8 → 25, 20 → 10, 60 → 10
		assertThat(IndicatorFigures.rowsPerComparisonPage(2)).isEqualTo(50);
		assertThat(IndicatorFigures.rowsPerComparisonPage(4)).isEqualTo(50);
		assertThat(IndicatorFigures.rowsPerComparisonPage(5)).isEqualTo(40);
		assertThat(IndicatorFigures.rowsPerComparisonPage(8)).isEqualTo(25);
		assertThat(IndicatorFigures.rowsPerComparisonPage(20)).isEqualTo(10);
		assertThat(IndicatorFigures.rowsPerComparisonPage(60)).isEqualTo(10);
	}
}
