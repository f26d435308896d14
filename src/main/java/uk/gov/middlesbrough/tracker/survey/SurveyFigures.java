package uk.gov.middlesbrough.tracker.survey;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.dashboard.SectionContent;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.pack.PackPart;
import uk.gov.middlesbrough.tracker.pack.PdfChart;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * The resident surveys of some localities as of a moment, as the dashboard, the comparison and the pack show them:
 * each question across the waves, with intervals and significance where sample sizes exist.
 */
public record SurveyFigures(List<LocalityView> localities, Map<Long, LocalitySurveys> byLocality, MessageSource messages,
		Locale locale) implements SectionContent, PackPart {

	private static final int CHART_WIDTH = 640;
	private static final int CHART_HEIGHT = 260;

	/** One locality's surveys, or null when it has none recorded by then. */
	public LocalitySurveys of(long localityId) {
		return byLocality.get(localityId);
	}

	/** Whether a locality has any wave recorded by then. */
	public boolean has(long localityId) {
		LocalitySurveys surveys = of(localityId);
		return surveys != null && !surveys.waves().isEmpty();
	}

	/** Each question in each wave, by question then fieldwork date, with every locality's result in column order. */
	public List<SurveyRow> rows() {
		Map<String, SurveyRow> rows = new LinkedHashMap<>();
		for (int i = 0; i < localities.size(); i++) {
			LocalitySurveys surveys = of(localities.get(i).id());
			if (surveys == null) {
				continue;
			}
			for (QuestionTrend trend : surveys.trends()) {
				for (ResultRow row : trend.recorded()) {
					int column = i;
					rows.computeIfAbsent(trend.question().text() + "|" + row.wave().name(), key -> new SurveyRow(trend.question().text(),
							row.wave().name(), row.wave().fieldworkDate(), Arrays.asList(new ResultRow[localities.size()])))
						.results().set(column, row);
				}
			}
		}
		return rows.values().stream()
				.sorted(Comparator.comparing(SurveyRow::question).thenComparing(SurveyRow::fieldworkDate))
				.toList();
	}

	/** A locality's trend of one question as SVG for the PDF, or null when there are fewer than two waves. */
	public String chart(LocalityView locality, QuestionTrend trend) {
		if (trend.recorded().size() < 2) {
			return null;
		}
		return trend.chart(locality.name(), text("survey.chart.axis")).svg(CHART_WIDTH, CHART_HEIGHT);
	}

	@Override
	public TemplateFragment dashboard() {
		return TemplateFragment.of("survey/sections :: dashboard");
	}

	@Override
	public TemplateFragment comparison() {
		return TemplateFragment.of("survey/sections :: comparison");
	}

	@Override
	public TemplateFragment pdfLocality() {
		return TemplateFragment.of("survey/pdf :: locality");
	}

	@Override
	public TemplateFragment pdfComparison() {
		return TemplateFragment.of("survey/pdf :: comparison");
	}

	@Override
	public List<ExportTable> tables() {
		ExportTable table = new ExportTable("Resident surveys", List.of(text("export.locality"), text("pack.col.question"),
				text("survey.col.wave"), text("survey.col.date"), text("pack.col.percent"), text("survey.col.respondents")));
		for (LocalityView locality : localities) {
			LocalitySurveys surveys = of(locality.id());
			for (QuestionTrend trend : surveys == null ? List.<QuestionTrend>of() : surveys.trends()) {
				for (ResultRow row : trend.recorded()) {
					table.row(locality.name(), trend.question().text(), row.wave().name(), row.wave().fieldworkDate(),
							row.percent().value(), row.respondents());
				}
			}
		}
		return List.of(table);
	}

	/** {@link #chart} for the pack PDF, with the alternative text PDF/UA asks for: every wave's result its table lists. */
	public String pdfChart(LocalityView locality, QuestionTrend trend) {
		String svg = chart(locality, trend);
		if (svg == null) {
			return null;
		}
		List<PdfChart.Point> points = trend.recorded().stream()
			.map(row -> new PdfChart.Point(row.wave().name(),
					messages.getMessage("survey.percent", new Object[] {row.percent().text()}, locale)))
			.toList();
		return PdfChart.withAlt(svg, PdfChart.description(messages, locale, pdfChartTitle(locality, trend), points, null));
	}

	/** The heading of a question's chart in the pack PDF, e.g. "Feeling safe after dark in Newport (% agreeing)". */
	public String pdfChartTitle(LocalityView locality, QuestionTrend trend) {
		return messages.getMessage("pdf.chart.survey", new Object[] {trend.question().text(), locality.name()}, locale);
	}

	private String text(String key) {
		return messages.getMessage(key, null, locale);
	}

	/** One survey question in one wave across the compared localities; a locality without that result has null. */
	public record SurveyRow(String question, String wave, LocalDate fieldworkDate, List<ResultRow> results) {
	}
}
