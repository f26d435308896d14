package uk.gov.middlesbrough.tracker.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.middlesbrough.tracker.chart.ChartSeries;
import uk.gov.middlesbrough.tracker.chart.TrendChart;
import uk.gov.middlesbrough.tracker.survey.statistics.WilsonInterval;

/**
 * One question's figures in one locality, a row per wave in fieldwork-date order, with each figure's
 * interval and its change from the previous wave that has a figure.
 */
public record QuestionTrend(QuestionView question, List<ResultRow> rows, WaveChange overall) {

	/** A recorded figure as read from the database (the value known at the view's moment). */
	public record Figure(PercentAgreeing percent, Integer respondents, long version) {
	}

	/**
	 * @param waves the locality's waves in fieldwork-date order
	 * @param figures this question's figures by wave id
	 */
	static QuestionTrend of(QuestionView question, List<WaveView> waves, Map<Long, Figure> figures) {
		List<ResultRow> rows = new ArrayList<>();
		ResultRow previous = null;
		ResultRow first = null;
		for (WaveView wave : waves) {
			Figure figure = figures.get(wave.id());
			if (figure == null) {
				rows.add(new ResultRow(wave, null, null, false, null, null, null));
				continue;
			}
			Integer respondents = figure.respondents() != null ? figure.respondents() : wave.respondents();
			WilsonInterval interval = respondents == null ? null : WilsonInterval.of(figure.percent().proportion(), respondents);
			WaveChange change = previous == null ? null : changeFrom(previous, figure.percent(), respondents);
			ResultRow row = new ResultRow(wave, figure.percent(), respondents, figure.respondents() == null && respondents != null,
					interval, change, figure.version());
			rows.add(row);
			previous = row;
			first = first == null ? row : first;
		}
		WaveChange overall = first == null || first == previous ? null : changeFrom(first, previous.percent(), previous.respondents());
		return new QuestionTrend(question, rows, overall);
	}

	private static WaveChange changeFrom(ResultRow earlier, PercentAgreeing later, Integer laterRespondents) {
		return WaveChange.between(earlier.wave().name(), earlier.percent(), earlier.respondents(), later, laterRespondents);
	}

	/** The rows that have a figure, in wave order. */
	public List<ResultRow> recorded() {
		return rows.stream().filter(ResultRow::recorded).toList();
	}

	/**
	 * The chart of this question's results in a locality: one point per wave that has a result, the waves evenly
	 * spaced and named on the axis (a category axis, not dates), each point's percentage as the table writes it.
	 */
	public TrendChart chart(String localityName, String axisLabel) {
		List<ResultRow> results = recorded();
		Map<LocalDate, String> waveNames = new HashMap<>();
		results.forEach(row -> waveNames.put(row.wave().fieldworkDate(), row.wave().name()));
		ChartSeries line = new ChartSeries(localityName, results.stream()
			.map(row -> new ChartSeries.Point(row.wave().fieldworkDate(), row.percent().value().doubleValue(),
					row.percent().text() + "%"))
			.toList());
		return TrendChart.byWave(List.of(line), axisLabel, waveNames::get);
	}

	public ResultRow latest() {
		List<ResultRow> recorded = recorded();
		return recorded.isEmpty() ? null : recorded.get(recorded.size() - 1);
	}
}
