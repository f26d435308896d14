package uk.gov.middlesbrough.tracker.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * By rank, weights 1 and 1: X places A 3, B 2, C 1; Y places A 1, B 2, C 3; every index is 2, so ties keep A, B, C.
 * X × 0.8: A (2.4 + 1) / 1.8 = 1.889, B 2, C (0.8 + 3) / 1.8 = 2.111 → C, B, A. X × 1.2: A 4.6 / 2.2 = 2.091, B 2,
 * C 4.2 / 2.2 = 1.909 → A, B, C. Y × 0.8: A 3.8 / 1.8 = 2.111 → A, B, C. Y × 1.2: C 4.6 / 2.2 = 2.091 → C, B, A.
 */
class WeightSensitivityTests {

	@Test
	void eachWeightMovedByTwentyPerCentInTurnShowsWhetherTheTopChanges() {
		List<NeedIndex.Input> inputs = List.of(
				new NeedIndex.Input("X", 1, NeedDirection.HIGHER_MEANS_MORE_NEED, Map.of("A", 3.0, "B", 2.0, "C", 1.0)),
				new NeedIndex.Input("Y", 1, NeedDirection.HIGHER_MEANS_MORE_NEED, Map.of("A", 1.0, "B", 2.0, "C", 3.0)));

		assertThat(WeightSensitivity.of(inputs, Standardisation.RANK))
			.extracting(WeightSensitivity.Row::indicator, WeightSensitivity.Row::factor, WeightSensitivity.Row::top,
					WeightSensitivity.Row::changed)
			.containsExactly(
					tuple("X", 0.8, List.of("C", "B", "A"), true),
					tuple("X", 1.2, List.of("A", "B", "C"), false),
					tuple("Y", 0.8, List.of("A", "B", "C"), false),
					tuple("Y", 1.2, List.of("C", "B", "A"), true));
	}
}
