package uk.gov.middlesbrough.tracker.rollout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A weighted need index: each indicator standardised across the wards that have a figure for every indicator chosen,
 * then a ward's index is the weighted mean of its scores, Σ wᵢ·sᵢ / Σ wᵢ, and its contribution from indicator i is
 * wᵢ·sᵢ / Σ wᵢ (so the contributions add up to the index). Wards missing a figure are left out and named, not
 * guessed. Ties in the index keep the wards' alphabetical order.
 */
public final class NeedIndex {

	private NeedIndex() {
	}

	/** One indicator chosen for the index: its weight (0 or more), which way means need, and each ward's value. */
	public record Input(String indicator, double weight, NeedDirection direction, Map<String, Double> values) {

		public Input {
			if (!(weight >= 0) || Double.isInfinite(weight)) {
				throw new IllegalArgumentException("A weight is a number of 0 or more: " + weight);
			}
			values = Map.copyOf(values);
		}

		Input weighted(double factor) {
			return new Input(indicator, weight * factor, direction, values);
		}
	}

	/** A ward's place (1 = most need), index and contribution of each indicator, in the inputs' order. */
	public record WardScore(int place, String ward, double index, Map<String, Double> contributions) {
	}

	/** The wards in order of need, and those left out for want of a figure. */
	public record Ranking(List<WardScore> wards, List<String> leftOut) {

		public List<String> top(int n) {
			return wards.stream().limit(n).map(WardScore::ward).toList();
		}
	}

	public static Ranking rank(List<Input> inputs, Standardisation method) {
		double totalWeight = inputs.stream().mapToDouble(Input::weight).sum();
		if (inputs.isEmpty() || totalWeight <= 0) {
			throw new IllegalArgumentException("Choose at least one indicator with a weight above 0");
		}
		TreeSet<String> everyWard = new TreeSet<>();
		inputs.forEach(input -> everyWard.addAll(input.values().keySet()));
		List<String> complete = everyWard.stream()
			.filter(ward -> inputs.stream().allMatch(input -> input.values().containsKey(ward))).toList();
		List<String> leftOut = everyWard.stream().filter(ward -> !complete.contains(ward)).toList();

		Map<String, Map<String, Double>> contributions = new LinkedHashMap<>();
		complete.forEach(ward -> contributions.put(ward, new LinkedHashMap<>()));
		for (Input input : inputs) {
			Map<String, Double> values = new LinkedHashMap<>();
			complete.forEach(ward -> values.put(ward, input.values().get(ward)));
			method.standardise(values, input.direction()).forEach((ward, score) -> contributions.get(ward)
				.put(input.indicator(), input.weight() * score / totalWeight));
		}
		List<Map.Entry<String, Map<String, Double>>> ordered = new ArrayList<>(contributions.entrySet());
		ordered.sort(Comparator.comparingDouble((Map.Entry<String, Map<String, Double>> entry) -> -sum(entry.getValue()))
			.thenComparing(Map.Entry::getKey));
		List<WardScore> wards = new ArrayList<>();
		for (Map.Entry<String, Map<String, Double>> entry : ordered) {
			wards.add(new WardScore(wards.size() + 1, entry.getKey(), sum(entry.getValue()), Map.copyOf(entry.getValue())));
		}
		return new Ranking(List.copyOf(wards), leftOut);
	}

	private static double sum(Map<String, Double> contributions) {
		return contributions.values().stream().mapToDouble(Double::doubleValue).sum();
	}
}
