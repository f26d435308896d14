package uk.gov.middlesbrough.tracker.rollout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one indicator's values are put on a common scale across the wards before they are weighted, always so that a
 * higher score means more need.
 * <ul>
 * <li>{@link #Z_SCORE}: how many standard deviations a ward is above the wards' mean (population standard deviation,
 * dividing by the number of wards); 0 for every ward when all values are equal. Keeps how far apart wards are.</li>
 * <li>{@link #RANK}: the ward's place from least need (1) to most need (the number of wards), ties sharing the mean of
 * their places. Ignores how far apart wards are, so one extreme ward cannot dominate.</li>
 * </ul>
 */
public enum Standardisation {
	Z_SCORE {
		@Override
		Map<String, Double> scores(Map<String, Double> needValues) {
			int n = needValues.size();
			double mean = needValues.values().stream().mapToDouble(Double::doubleValue).sum() / n;
			double variance = needValues.values().stream().mapToDouble(value -> (value - mean) * (value - mean)).sum() / n;
			double sd = Math.sqrt(variance);
			Map<String, Double> scores = new LinkedHashMap<>();
			needValues.forEach((ward, value) -> scores.put(ward, sd == 0 ? 0 : (value - mean) / sd));
			return scores;
		}
	},
	RANK {
		@Override
		Map<String, Double> scores(Map<String, Double> needValues) {
			List<Map.Entry<String, Double>> ordered = new ArrayList<>(needValues.entrySet());
			ordered.sort(Map.Entry.comparingByValue());
			Map<String, Double> scores = new LinkedHashMap<>();
			int i = 0;
			while (i < ordered.size()) {
				int j = i;
				while (j + 1 < ordered.size() && ordered.get(j + 1).getValue().equals(ordered.get(i).getValue())) {
					j++;
				}
				double sharedPlace = (i + 1 + j + 1) / 2.0;
				for (int k = i; k <= j; k++) {
					scores.put(ordered.get(k).getKey(), sharedPlace);
				}
				i = j + 1;
			}
			Map<String, Double> inWardOrder = new LinkedHashMap<>();
			needValues.keySet().forEach(ward -> inWardOrder.put(ward, scores.get(ward)));
			return inWardOrder;
		}
	};

	/** Each ward's score for one indicator, higher meaning more need; the map's order is kept. */
	public Map<String, Double> standardise(Map<String, Double> values, NeedDirection direction) {
		if (values.isEmpty()) {
			return Map.of();
		}
		Map<String, Double> needValues = new LinkedHashMap<>();
		values.forEach((ward, value) -> needValues.put(ward, direction.toward(value)));
		return scores(needValues);
	}

	abstract Map<String, Double> scores(Map<String, Double> needValues);
}
