package uk.gov.middlesbrough.tracker.rollout.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.rollout.FrozenFigure;
import uk.gov.middlesbrough.tracker.rollout.NeedIndex;
import uk.gov.middlesbrough.tracker.rollout.ScenarioIndicator;
import uk.gov.middlesbrough.tracker.rollout.ScenarioInputs;
import uk.gov.middlesbrough.tracker.rollout.WeightSensitivity;

/**
 * A need index as the pages show it, worked from its inputs: the indicators and their share of the index, the wards in
 * order with each indicator's contribution, the wards left out, the sensitivity table and the figures used (a
 * percentage or rate made from fewer people than the small-number threshold is withheld).
 */
record ScenarioReport(String method, List<IndicatorRow> indicators, List<RankedWard> wards, List<String> leftOut,
		List<SensitivityRow> sensitivity, List<FigureRow> figures, boolean illustrative) {

	record IndicatorRow(String name, String direction, String weight, String share, LocalDate period) {
	}

	record RankedWard(int place, String ward, boolean locality, String index, List<String> contributions) {
	}

	/** One weight moved: the indicator, the move ("+20%"), the weight then, the top five then, and whether it changed. */
	record SensitivityRow(String indicator, boolean up, String weight, List<String> top, boolean changed) {
	}

	/** A ward's figures in the indicators' order; {@code null} where it has none; withheld ones flagged. */
	record FigureRow(String ward, List<FigureCell> cells) {
	}

	static ScenarioReport of(ScenarioInputs inputs, SmallNumbers smallNumbers) {
		NeedIndex.Ranking ranking = inputs.ranking();
		double totalWeight = inputs.indicators().stream().mapToDouble(indicator -> indicator.weight().doubleValue()).sum();
		Map<String, Map<Integer, FrozenFigure>> byWard = inputs.byWard();
		List<IndicatorRow> indicators = new ArrayList<>();
		for (ScenarioIndicator indicator : inputs.indicators()) {
			LocalDate latest = inputs.figures().stream().filter(figure -> figure.position() == indicator.position())
				.map(FrozenFigure::period).max(LocalDate::compareTo).orElse(null);
			indicators.add(new IndicatorRow(indicator.name(), indicator.direction().name(), FigureCell.plain(indicator.weight()),
					Math.round(100 * indicator.weight().doubleValue() / totalWeight) + "%",
					latest));
		}
		Set<String> localities = inputs.localityWards();
		List<RankedWard> wards = ranking.wards().stream()
			.map(ward -> new RankedWard(ward.place(), ward.ward(), localities.contains(ward.ward()), score(ward.index()),
					inputs.indicators().stream().map(indicator -> score(ward.contributions().get(indicator.name()))).toList()))
			.toList();
		List<SensitivityRow> sensitivity = WeightSensitivityRows.of(inputs.sensitivity(), inputs.indicators());
		List<FigureRow> figures = new ArrayList<>();
		byWard.forEach((ward, cells) -> figures.add(new FigureRow(ward, inputs.indicators().stream()
			.map(indicator -> cell(cells.get(indicator.position()), indicator.unit(), smallNumbers)).toList())));
		return new ScenarioReport(inputs.method().name(), indicators, wards, ranking.leftOut(), sensitivity, figures,
				inputs.anyIllustrative());
	}

	/** The index or a contribution to two places, with a true minus sign and no "−0.00". */
	static String score(double value) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
		return rounded.signum() < 0 ? "−" + rounded.abs().toPlainString() : rounded.abs().toPlainString();
	}

	private static FigureCell cell(FrozenFigure figure, String unit, SmallNumbers smallNumbers) {
		return figure == null ? null
				: FigureCell.of(figure.value(), figure.peopleCount(), figure.illustrative(), unit, smallNumbers);
	}

	/** The sensitivity rows with each moved weight written out. */
	static final class WeightSensitivityRows {

		private WeightSensitivityRows() {
		}

		static List<SensitivityRow> of(List<WeightSensitivity.Row> rows, List<ScenarioIndicator> indicators) {
			List<SensitivityRow> shown = new ArrayList<>();
			for (WeightSensitivity.Row row : rows) {
				BigDecimal weight = indicators.stream().filter(indicator -> indicator.name().equals(row.indicator()))
					.findFirst().map(ScenarioIndicator::weight).orElse(BigDecimal.ZERO);
				shown.add(new SensitivityRow(row.indicator(), row.factor() > 1,
						FigureCell.plain(weight.multiply(BigDecimal.valueOf(row.factor()))), row.top(), row.changed()));
			}
			return shown;
		}
	}
}
