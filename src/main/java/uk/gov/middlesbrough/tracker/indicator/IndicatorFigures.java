package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.dashboard.SectionExport;
import uk.gov.middlesbrough.tracker.dashboard.SectionContent;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.exporting.ExportTable;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.pack.PackPart;
import uk.gov.middlesbrough.tracker.pack.PdfChart;
import uk.gov.middlesbrough.tracker.web.Paged;
import uk.gov.middlesbrough.tracker.pack.PackSummaryColumn;
import uk.gov.middlesbrough.tracker.web.TemplateFragment;

/**
 * The PMF indicators of some localities as of a moment, as the dashboard, the comparison and the pack show them:
 * each locality's latest figures judged against target and direction of travel, with their trend. Where figures leave
 * the team's own dashboard (the comparison, the pack, the exports) a count below the small-number threshold is written
 * in words ("fewer than 5") and its series is not charted, so that no child or family can be identified.
 */
public record IndicatorFigures(List<LocalityView> localities, Map<Long, List<IndicatorSeries>> byLocality,
		PageTrends trend, MessageSource messages, Locale locale, SmallNumbers smallNumbers)
		implements SectionContent, PackPart {

	/** Figures whose series are already the trends their charts draw (a dashboard's, a pack's). */
	public IndicatorFigures(List<LocalityView> localities, Map<Long, List<IndicatorSeries>> byLocality, MessageSource messages,
			Locale locale, SmallNumbers smallNumbers) {
		this(localities, byLocality, PageTrends.of(byLocality), messages, locale, smallNumbers);
	}

	/** Whether a figure of an indicator is a count too small to publish. */
	public boolean withheld(IndicatorView indicator, BigDecimal value) {
		return indicator.withheld(value, smallNumbers);
	}

	/** A figure as the comparison and the pack write it: in words when it is {@link #withheld}. */
	public String disclosed(IndicatorView indicator, FigurePoint point) {
		return withheld(indicator, point.value()) ? smallNumbers.words() : point.formatted();
	}

	/** Whether any figure of a series is {@link #withheld}, so that its chart is not drawn outside the dashboard. */
	public boolean anyWithheld(IndicatorView indicator, LocalitySeries series) {
		return series != null && series.points().stream().anyMatch(point -> withheld(indicator, point.value()));
	}

	/** Whether any locality's recent figures of a comparison row are {@link #withheld} (its chart is then not drawn). */
	public boolean anyWithheld(IndicatorRow row) {
		Map<Long, List<IndicatorSeries>> trends = trend.get();
		return row.series().stream().filter(java.util.Objects::nonNull)
			.anyMatch(series -> anyWithheld(row.indicator(), series) || trends.getOrDefault(series.localityId(), List.of()).stream()
				.anyMatch(item -> item.indicator().id() == row.indicator().id() && anyWithheld(row.indicator(), item.series())));
	}

	/** What the comparison and the pack say instead of a chart whose figures include a withheld count. */
	public String notCharted() {
		return text("disclosure.notCharted", smallNumbers.words());
	}

	private static final int CHART_WIDTH = 640;
	private static final int CHART_HEIGHT = 260;

	/** One locality's series, indicators by name (empty when it has no figures). */
	public List<IndicatorSeries> of(long localityId) {
		return byLocality.getOrDefault(localityId, List.of());
	}

	/**
	 * The indicators a pack charts for a locality: at most {@link #PDF_CHARTS}, those off target beyond tolerance or
	 * worsening first (in name order), then the others; the pack's table lists every indicator's latest figure.
	 */
	public List<IndicatorSeries> charted(long localityId) {
		return of(localityId).stream()
				.sorted(Comparator.comparing((IndicatorSeries item) -> !needsAttention(item)))
				.limit(PDF_CHARTS)
				.toList();
	}

	private static boolean needsAttention(IndicatorSeries item) {
		return item.series().targetCheck().beyondTolerance() || item.series().direction() == DirectionOfTravel.WORSENING;
	}

	/** Charts a pack draws per locality: a county's library runs to hundreds of indicators. */
	static final int PDF_CHARTS = 12;

	/** The dashboard's page of one locality's indicators ({@link #PER_PAGE} a page, parameter {@code indicators}). */
	public Paged<IndicatorSeries> paged(long localityId) {
		return Paged.of(of(localityId), "indicators", PER_PAGE);
	}

	/**
	 * The comparison's page of indicator rows: {@link #PER_PAGE} rows for a few localities, fewer as more are compared,
	 * so a page holds about {@link #COMPARISON_CELLS} figures (20 localities: 10 rows a page), never under 10 rows.
	 */
	public Paged<IndicatorRow> pagedRows() {
		Paged<IndicatorRow> page = Paged.of(rows(), "indicators", rowsPerComparisonPage(localities.size()));
		trend.showing(page.items().stream().map(row -> row.indicator().id()).toList());
		return page;
	}

	static int rowsPerComparisonPage(int localities) {
		return Math.min(PER_PAGE, Math.max(10, COMPARISON_CELLS / Math.max(1, localities)));
	}

	/** Figures a comparison page holds at most (beyond its 10-row minimum). */
	static final int COMPARISON_CELLS = 200;

	/** Indicators a dashboard or comparison shows a page: a county's library runs to hundreds. */
	static final int PER_PAGE = 50;

	/** Each indicator with figures anywhere, by name, with every locality's series in column order (null where none). */
	public List<IndicatorRow> rows() {
		Map<Long, IndicatorView> definitions = new TreeMap<>();
		Map<Long, LocalitySeries[]> byIndicator = new LinkedHashMap<>();
		for (int i = 0; i < localities.size(); i++) {
			for (IndicatorSeries series : of(localities.get(i).id())) {
				definitions.put(series.indicator().id(), series.indicator());
				byIndicator.computeIfAbsent(series.indicator().id(), id -> new LocalitySeries[localities.size()])[i] = series.series();
			}
		}
		return definitions.values().stream()
				.sorted(Comparator.comparing(IndicatorView::name, String.CASE_INSENSITIVE_ORDER))
				.map(indicator -> new IndicatorRow(indicator, Arrays.asList(byIndicator.get(indicator.id()))))
				.toList();
	}

	/**
	 * Whether the dashboard lists each indicator's figures under its chart: while a locality has at most
	 * {@link #INLINE_FIGURES} indicators; beyond that each row links to the figures on the indicator page instead, so a
	 * county's dashboard stays a page a browser lays out quickly (thousands of table cells otherwise).
	 */
	public boolean figuresInline(long localityId) {
		return of(localityId).size() <= INLINE_FIGURES;
	}

	/** Indicators a locality may have for the dashboard to list their figures inline. */
	static final int INLINE_FIGURES = 40;

	/** How many of each series' latest figures the section has and its charts draw (the rest are on the indicator page). */
	public int trendFigures() {
		return IndicatorReads.TREND_FIGURES;
	}

	/** The localities as query parameters, for the comparison's charts ({@code locality=1&locality=2}). */
	public String localityQuery() {
		return localities.stream().map(locality -> "locality=" + locality.id()).collect(Collectors.joining("&"));
	}

	/** A locality's trend of one indicator as SVG for the PDF, or null when there are fewer than two figures. */
	public String chart(LocalityView locality, IndicatorSeries item) {
		if (item.series().points().size() < 2 || anyWithheld(item.indicator(), item.series())) {
			return null;
		}
		return IndicatorChart.of(item.indicator(), List.of(item.series()), messages, locale).svg(CHART_WIDTH, CHART_HEIGHT);
	}

	/** The text alternative of a locality's trend chart: the whole series in words, and what the dashed line is. */
	public String chartAlt(IndicatorSeries item) {
		TrendDescription words = new TrendDescription(messages, locale);
		return text("dashboard.trend.alt", item.indicator().name(), words.of(item.indicator(), item.series())
				+ words.targetLine(item.indicator()));
	}

	/**
	 * The text alternative of the comparison's chart of one indicator: each locality's series, as the chart draws it
	 * (its recent trend, read only when a comparison's chart is shown: the table needs the latest two figures only).
	 */
	public String comparisonChartAlt(IndicatorRow row) {
		TrendDescription words = new TrendDescription(messages, locale);
		Map<Long, List<IndicatorSeries>> trends = trend.get();
		String localities = row.series().stream().filter(java.util.Objects::nonNull)
			.map(series -> trends.getOrDefault(series.localityId(), List.of()).stream()
				.filter(item -> item.indicator().id() == row.indicator().id())
				.map(IndicatorSeries::series).findFirst().orElse(series))
			.map(series -> text("compare.chart.locality", series.localityName(), words.of(row.indicator(), series)))
			.collect(Collectors.joining(" "));
		return text("compare.chart.alt", row.indicator().name(), localities + words.targetLine(row.indicator()));
	}

	/** Whether any figure shown is not yet signed off. */
	@Override
	public boolean provisional() {
		return byLocality.values().stream().flatMap(List::stream)
			.anyMatch(item -> item.series().points().stream().anyMatch(FigurePoint::provisional));
	}

	/** Whether any series shown has a note marked illustrative. */
	@Override
	public boolean illustrative() {
		return byLocality.values().stream().flatMap(List::stream).anyMatch(item -> item.series().illustrative());
	}

	@Override
	public TemplateFragment dashboard() {
		return TemplateFragment.of("indicator/sections :: dashboard");
	}

	@Override
	public TemplateFragment comparison() {
		return TemplateFragment.of("indicator/sections :: comparison");
	}

	@Override
	public TemplateFragment pdfLocality() {
		return TemplateFragment.of("indicator/pdf :: locality");
	}

	@Override
	public List<PackSummaryColumn> summaryColumns() {
		return List.of(PackSummaryColumn.of("pdf.summary.overdue", "indicator/pdf :: summary-overdue"));
	}

	/** How many of a locality's indicators have a figure overdue (not recorded by its due date). */
	public long overdue(long localityId) {
		return of(localityId).stream().filter(item -> item.series().overdue()).count();
	}

	@Override
	public List<ExportTable> tables() {
		ExportTable table = new ExportTable("PMF indicators", List.of(text("export.locality"), text("dashboard.col.indicator"),
				text("dashboard.col.period"), text("dashboard.col.value"), text("dashboard.col.target"),
				text("dashboard.col.againstTarget"), text("dashboard.col.direction"), text("pack.col.source")));
		List<String> notes = new ArrayList<>();
		List<Boolean> illustrative = new ArrayList<>();
		for (LocalityView locality : localities) {
			for (IndicatorSeries item : of(locality.id())) {
				FigurePoint latest = item.series().latest();
				notes.add(item.series().note() == null ? null : item.series().note().text());
				illustrative.add(item.series().illustrative());
				Object value = withheld(item.indicator(), latest.value()) ? smallNumbers.words() : latest.value();
				table.row(locality.name(), item.indicator().name(), latest.period(), value, item.indicator().target(),
						text(item.series().targetCheck().status().messageKey()), text(item.series().direction().messageKey()),
						latest.sourceReference());
			}
		}
		return List.of(table.withColumnWhereAny(text("export.seriesNote"), notes)
				.markedWhere(text("export.illustrative"), text("illustrative.tag"), illustrative));
	}

	/** The table of latest figures, downloaded from the dashboard and the comparison. */
	public SectionExport download() {
		return new SectionExport("indicators", localities);
	}

	@Override
	public java.util.Optional<ExportTable> export(String table) {
		return download().when(table, () -> tables().get(0));
	}

	/** {@link #chart} for the pack PDF, with the alternative text PDF/UA asks for: every figure its table lists, and the target. */
	public String pdfChart(LocalityView locality, IndicatorSeries item) {
		String svg = chart(locality, item);
		if (svg == null) {
			return null;
		}
		IndicatorView indicator = item.indicator();
		List<PdfChart.Point> points = item.series().points().stream()
			.map(point -> new PdfChart.Point(point.periodLabel(), disclosed(indicator, point)))
			.toList();
		return PdfChart.withAlt(svg, PdfChart.description(messages, locale, text("pdf.chart.indicator", indicator.name(), locality.name()),
				points, indicator.target() == null ? null : indicator.format(indicator.target())));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** One indicator across the compared localities; a locality without figures has null. */
	public record IndicatorRow(IndicatorView indicator, List<LocalitySeries> series) {
	}
}
