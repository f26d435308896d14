package uk.gov.middlesbrough.tracker.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardisationTests {

	private static Map<String, Double> values(Object... wardsAndValues) {
		Map<String, Double> values = new LinkedHashMap<>();
		for (int i = 0; i < wardsAndValues.length; i += 2) {
			values.put((String) wardsAndValues[i], ((Number) wardsAndValues[i + 1]).doubleValue());
		}
		return values;
	}

	@Test
	void zScoresUseThePopulationStandardDeviationAndFollowTheDirectionOfNeed() {
		// 2, 4, 6: mean 4, variance (4 + 0 + 4) / 3 = 8/3, sd 1.63299; z = -2/1.63299 = -1.22474, 0, +1.22474
		Map<String, Double> crime = Standardisation.Z_SCORE.standardise(values("A", 2, "B", 4, "C", 6),
				NeedDirection.HIGHER_MEANS_MORE_NEED);
		assertThat(crime.get("A")).isCloseTo(-1.22474, within(1e-5));
		assertThat(crime.get("B")).isCloseTo(0, within(1e-12));
		assertThat(crime.get("C")).isCloseTo(1.22474, within(1e-5));
		// The same values where lower means more need (a deprivation rank): the signs turn.
		Map<String, Double> rank = Standardisation.Z_SCORE.standardise(values("A", 2, "B", 4, "C", 6),
				NeedDirection.LOWER_MEANS_MORE_NEED);
		assertThat(rank.get("A")).isCloseTo(1.22474, within(1e-5));
		assertThat(rank.get("C")).isCloseTo(-1.22474, within(1e-5));
	}

	@Test
	void equalValuesGiveEveryWardZeroRatherThanDividingByZero() {
		assertThat(Standardisation.Z_SCORE.standardise(values("A", 7, "B", 7), NeedDirection.HIGHER_MEANS_MORE_NEED))
			.containsEntry("A", 0.0).containsEntry("B", 0.0);
	}

	@Test
	void ranksRunFromLeastNeedAndTiesShareTheMeanOfTheirPlaces() {
		// 5, 10, 20, 20 (higher more need): places 1, 2, then 3 and 4 shared as 3.5; the wards' order is kept.
		assertThat(Standardisation.RANK.standardise(values("A", 10, "B", 20, "C", 20, "D", 5), NeedDirection.HIGHER_MEANS_MORE_NEED))
			.containsExactly(Map.entry("A", 2.0), Map.entry("B", 3.5), Map.entry("C", 3.5), Map.entry("D", 1.0));
		// Lower means more need: the lowest value is the most need, place 4.
		assertThat(Standardisation.RANK.standardise(values("A", 10, "B", 20, "C", 30, "D", 5), NeedDirection.LOWER_MEANS_MORE_NEED))
			.containsExactly(Map.entry("A", 3.0), Map.entry("B", 2.0), Map.entry("C", 1.0), Map.entry("D", 4.0));
	}
}
