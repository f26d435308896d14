package uk.gov.middlesbrough.tracker.rollout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything a need index is built from: the method, the indicators with their weights and each ward's figure for
 * each. A saved scenario keeps exactly these, so its ranking and sensitivity are worked again from the same inputs
 * whenever it is opened.
 */
public record ScenarioInputs(Standardisation method, List<ScenarioIndicator> indicators, List<FrozenFigure> figures) {

	public ScenarioInputs {
		indicators = List.copyOf(indicators);
		figures = List.copyOf(figures);
	}

	/**
	 * The inputs from today's figures: the measures given a weight above 0 (in the measures' order) and each ward's
	 * latest figure for them.
	 */
	public static ScenarioInputs current(Standardisation method, List<WardMeasure> measures, Map<String, BigDecimal> weights,
			List<Ward> wards, List<WardFigure> latest) {
		List<ScenarioIndicator> chosen = new ArrayList<>();
		for (WardMeasure measure : measures) {
			BigDecimal weight = weights.get(measure.code());
			if (weight != null && weight.signum() > 0) {
				chosen.add(new ScenarioIndicator(chosen.size() + 1, measure.code(), measure.name(), measure.unit(),
						measure.direction(), weight));
			}
		}
		Map<String, Integer> positions = chosen.stream()
			.collect(Collectors.toMap(ScenarioIndicator::code, ScenarioIndicator::position));
		Map<Long, Ward> wardsById = wards.stream().collect(Collectors.toMap(Ward::id, Function.identity()));
		List<FrozenFigure> figures = new ArrayList<>();
		for (WardFigure figure : latest) {
			Integer position = positions.get(figure.measureCode());
			Ward ward = wardsById.get(figure.wardId());
			if (position != null && ward != null) {
				figures.add(new FrozenFigure(position, ward.name(), ward.localityId(), figure.period(), figure.value(),
						figure.peopleCount(), figure.illustrative()));
			}
		}
		return new ScenarioInputs(method, chosen, figures);
	}

	public boolean empty() {
		return indicators.isEmpty();
	}

	public NeedIndex.Ranking ranking() {
		return NeedIndex.rank(needInputs(), method);
	}

	public List<WeightSensitivity.Row> sensitivity() {
		return WeightSensitivity.of(needInputs(), method);
	}

	/** The wards in the inputs that had a locality running in them then. */
	public Set<String> localityWards() {
		return figures.stream().filter(figure -> figure.localityId() != null).map(FrozenFigure::wardName)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** Each ward's frozen figure per indicator position, wards by name. */
	public Map<String, Map<Integer, FrozenFigure>> byWard() {
		Map<String, Map<Integer, FrozenFigure>> byWard = new LinkedHashMap<>();
		figures.stream().sorted(java.util.Comparator.comparing(FrozenFigure::wardName))
			.forEach(figure -> byWard.computeIfAbsent(figure.wardName(), ward -> new LinkedHashMap<>())
				.put(figure.position(), figure));
		return byWard;
	}

	public boolean anyIllustrative() {
		return figures.stream().anyMatch(FrozenFigure::illustrative);
	}

	private List<NeedIndex.Input> needInputs() {
		List<NeedIndex.Input> inputs = new ArrayList<>();
		for (ScenarioIndicator indicator : indicators) {
			Map<String, Double> values = new LinkedHashMap<>();
			figures.stream().filter(figure -> figure.position() == indicator.position())
				.forEach(figure -> values.put(figure.wardName(), figure.value().doubleValue()));
			inputs.add(new NeedIndex.Input(indicator.name(), indicator.weight().doubleValue(), indicator.direction(),
					values));
		}
		return inputs;
	}
}
