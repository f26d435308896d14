package uk.gov.middlesbrough.tracker.rollout.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import uk.gov.middlesbrough.tracker.chart.ChartSeries;
import uk.gov.middlesbrough.tracker.chart.TrendChart;
import uk.gov.middlesbrough.tracker.rollout.evaluation.Evaluation;
import uk.gov.middlesbrough.tracker.rollout.evaluation.LocalityEvaluation;

/**
 * The evaluation's chart: the locality's figure and the comparators' mean per period, the start date marked. A
 * withheld figure is left out, breaking its line.
 */
final class EvaluationChart {

	private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
	private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	private EvaluationChart() {
	}

	static TrendChart of(LocalityEvaluation evaluated, MessageSource messages, Locale locale) {
		Evaluation evaluation = evaluated.evaluation();
		List<ChartSeries> series = List.of(
				line(evaluated.locality().name(), evaluation, period -> period.localityWithheld() ? null : period.locality()),
				line(messages.getMessage("rollout.evaluation.comparators", null, locale), evaluation,
						period -> period.comparatorsWithheld() ? null : period.comparators()));
		return TrendChart.overTime(series, evaluated.measure().name(), TICK::format)
			.withDateMarked(evaluation.start(), messages.getMessage("rollout.evaluation.chart.started",
					new Object[] { START.format(evaluation.start()) }, locale));
	}

	private static ChartSeries line(String name, Evaluation evaluation, Function<Evaluation.Period, Double> value) {
		List<ChartSeries.Point> points = new ArrayList<>();
		for (Evaluation.Period period : evaluation.periods()) {
			points.add(new ChartSeries.Point(period.start(), value.apply(period), null));
		}
		return new ChartSeries(name, points);
	}
}
