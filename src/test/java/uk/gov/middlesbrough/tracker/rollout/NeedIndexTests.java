package uk.gov.middlesbrough.tracker.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three wards worked by hand. Crime (higher is more need, weight 2): A 2, B 4, C 6 → z −1.22474, 0, +1.22474.
 * Deprivation rank (1 = most deprived, so lower is more need, weight 1): A 1, B 2, C 3 → z +1.22474, 0, −1.22474.
 * Index = (2·crime + 1·deprivation) / 3: A (−2.44949 + 1.22474) / 3 = −0.40825; B 0; C (2.44949 − 1.22474) / 3 =
 * +0.40825. Ward D has no deprivation rank, so it is left out (and not used to standardise the others).
 */
class NeedIndexTests {

	private static final List<NeedIndex.Input> INPUTS = List.of(
			new NeedIndex.Input("Crime rate", 2, NeedDirection.HIGHER_MEANS_MORE_NEED, Map.of("A", 2.0, "B", 4.0, "C", 6.0, "D", 50.0)),
			new NeedIndex.Input("Deprivation rank", 1, NeedDirection.LOWER_MEANS_MORE_NEED, Map.of("A", 1.0, "B", 2.0, "C", 3.0)));

	@Test
	void ranksWardsByTheWeightedMeanOfTheirScoresWithEachIndicatorsContribution() {
		NeedIndex.Ranking ranking = NeedIndex.rank(INPUTS, Standardisation.Z_SCORE);

		assertThat(ranking.wards()).extracting(NeedIndex.WardScore::place, NeedIndex.WardScore::ward)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "C"), org.assertj.core.groups.Tuple.tuple(2, "B"),
					org.assertj.core.groups.Tuple.tuple(3, "A"));
		NeedIndex.WardScore c = ranking.wards().get(0);
		assertThat(c.index()).isCloseTo(0.40825, within(1e-5));
		assertThat(c.contributions().get("Crime rate")).isCloseTo(0.81650, within(1e-5));
		assertThat(c.contributions().get("Deprivation rank")).isCloseTo(-0.40825, within(1e-5));
		assertThat(ranking.wards().get(1).index()).isCloseTo(0, within(1e-12));
		assertThat(ranking.wards().get(2).index()).isCloseTo(-0.40825, within(1e-5));
		assertThat(ranking.leftOut()).containsExactly("D");
	}

	@Test
	void byRankTheScoresArePlacesWeightedTheSameWay() {
		// Crime places A 1, B 2, C 3; deprivation places A 3, B 2, C 1: A (2 + 3) / 3 = 1.667, B 2, C (6 + 1) / 3 = 2.333.
		assertThat(NeedIndex.rank(INPUTS, Standardisation.RANK).wards()).extracting(NeedIndex.WardScore::ward,
				score -> Math.round(score.index() * 1000) / 1000.0)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C", 2.333), org.assertj.core.groups.Tuple.tuple("B", 2.0),
					org.assertj.core.groups.Tuple.tuple("A", 1.667));
	}

	@Test
	void anIndexNeedsAWeightAboveZeroAndNoNegativeWeight() {
		assertThatIllegalArgumentException().isThrownBy(() -> NeedIndex.rank(List.of(new NeedIndex.Input("Crime rate", 0,
				NeedDirection.HIGHER_MEANS_MORE_NEED, Map.of("A", 1.0))), Standardisation.Z_SCORE));
		assertThatIllegalArgumentException().isThrownBy(() -> new NeedIndex.Input("Crime rate", -1,
				NeedDirection.HIGHER_MEANS_MORE_NEED, Map.of("A", 1.0)));
	}
}
