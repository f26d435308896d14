package uk.gov.middlesbrough.tracker.rollout;

import java.util.ArrayList;
import java.util.List;

/**
 * How the top of the ranking changes when each weight moves by ±20 % with the others held: one row per indicator and
 * direction, with the top five then and whether it differs (in members or order) from the ranking as chosen.
 */
public final class WeightSensitivity {

	static final double STEP = 0.2;
	static final int TOP = 5;

	private WeightSensitivity() {
	}

	public record Row(String indicator, double factor, List<String> top, boolean changed) {
	}

	public static List<Row> of(List<NeedIndex.Input> inputs, Standardisation method) {
		List<String> base = NeedIndex.rank(inputs, method).top(TOP);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			for (double factor : new double[] { 1 - STEP, 1 + STEP }) {
				List<NeedIndex.Input> moved = new ArrayList<>(inputs);
				moved.set(i, inputs.get(i).weighted(factor));
				List<String> top = NeedIndex.rank(moved, method).top(TOP);
				rows.add(new Row(inputs.get(i).indicator(), factor, top, !top.equals(base)));
			}
		}
		return List.copyOf(rows);
	}
}
