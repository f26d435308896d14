package uk.gov.middlesbrough.tracker.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.middlesbrough.tracker.indicator.IndicatorSeries;
import uk.gov.middlesbrough.tracker.indicator.IndicatorView;
import uk.gov.middlesbrough.tracker.indicator.LocalitySeries;
import uk.gov.middlesbrough.tracker.plan.PlanSummary;
import uk.gov.middlesbrough.tracker.survey.QuestionTrend;
import uk.gov.middlesbrough.tracker.survey.ResultRow;

/**
 * Localities side by side: for each theme, indicator and survey question, the matching figure of every
 * compared locality in adjacent columns (null where a locality has none).
 */
public record Comparison(List<LocalityDashboard> localities, List<ThemeRow> themes, List<IndicatorRow> indicators,
		List<SurveyRow> surveys) {

	public static Comparison of(List<LocalityDashboard> compared) {
		return new Comparison(compared, themes(compared), indicators(compared), surveys(compared));
	}

	private static List<ThemeRow> themes(List<LocalityDashboard> compared) {
		Map<String, PlanSummary[]> byTitle = new LinkedHashMap<>();
		for (int i = 0; i < compared.size(); i++) {
			for (PlanSummary plan : compared.get(i).plans().plans()) {
				byTitle.computeIfAbsent(plan.title(), title -> new PlanSummary[compared.size()])[i] = plan;
			}
		}
		List<ThemeRow> rows = new ArrayList<>();
		byTitle.forEach((title, plans) -> rows.add(new ThemeRow(title, Arrays.asList(plans))));
		return rows;
	}

	private static List<IndicatorRow> indicators(List<LocalityDashboard> compared) {
		Map<Long, IndicatorView> definitions = new TreeMap<>();
		Map<Long, LocalitySeries[]> byIndicator = new LinkedHashMap<>();
		for (int i = 0; i < compared.size(); i++) {
			for (IndicatorSeries series : compared.get(i).indicators()) {
				definitions.put(series.indicator().id(), series.indicator());
				byIndicator.computeIfAbsent(series.indicator().id(), id -> new LocalitySeries[compared.size()])[i] = series.series();
			}
		}
		return definitions.values().stream()
				.sorted(Comparator.comparing(IndicatorView::name, String.CASE_INSENSITIVE_ORDER))
				.map(indicator -> new IndicatorRow(indicator, Arrays.asList(byIndicator.get(indicator.id()))))
				.toList();
	}

	private static List<SurveyRow> surveys(List<LocalityDashboard> compared) {
		Map<String, SurveyRow> rows = new LinkedHashMap<>();
		for (int i = 0; i < compared.size(); i++) {
			LocalityDashboard dashboard = compared.get(i);
			if (dashboard.surveys() == null) {
				continue;
			}
			for (QuestionTrend trend : dashboard.surveys().trends()) {
				for (ResultRow row : trend.recorded()) {
					String key = trend.question().text() + "|" + row.wave().name();
					int column = i;
					rows.computeIfAbsent(key, k -> new SurveyRow(trend.question().text(), row.wave().name(),
							row.wave().fieldworkDate(), Arrays.asList(new ResultRow[compared.size()])))
						.results().set(column, row);
				}
			}
		}
		return rows.values().stream()
				.sorted(Comparator.comparing(SurveyRow::question).thenComparing(SurveyRow::fieldworkDate))
				.toList();
	}

	/** One theme across the compared localities; a locality without that plan has null. */
	public record ThemeRow(String title, List<PlanSummary> plans) {
	}

	/** One indicator across the compared localities; a locality without figures has null. */
	public record IndicatorRow(IndicatorView indicator, List<LocalitySeries> series) {
	}

	/** One survey question in one wave across the compared localities; a locality without that result has null. */
	public record SurveyRow(String question, String wave, java.time.LocalDate fieldworkDate, List<ResultRow> results) {
	}
}
