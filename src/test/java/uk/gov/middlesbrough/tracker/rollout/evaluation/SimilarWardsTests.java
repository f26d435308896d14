package uk.gov.middlesbrough.tracker.rollout.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.rollout.NeedIndex;

class SimilarWardsTests {

	// Indexes: Pilot 1.0 (the locality's ward), Other pilot 0.9 (a locality too), Near 0.8 (0.2 away), Above 1.3 (0.3),
	// Tie A and Tie B 0.6 (0.4 each, A first by name), Far −1.0 (2.0).
	private static final NeedIndex.Ranking RANKING = new NeedIndex.Ranking(List.of(score(1, "Above", 1.3),
			score(2, "Pilot", 1.0), score(3, "Other pilot", 0.9), score(4, "Near", 0.8), score(5, "Tie B", 0.6),
			score(6, "Tie A", 0.6), score(7, "Far", -1.0)), List.of("Missing"));
	private static final Set<String> NOT_LOCALITIES = Set.of("Above", "Near", "Tie A", "Tie B", "Far", "Missing");

	@Test
	void takesTheWardsWithNoLocalityWhoseIndexIsNearestTheLocalitysWard() {
		assertThat(SimilarWards.nearest(RANKING, "Pilot", NOT_LOCALITIES, 3)).containsExactly("Near", "Above", "Tie A");
		assertThat(SimilarWards.nearest(RANKING, "Pilot", NOT_LOCALITIES, 10))
			.containsExactly("Near", "Above", "Tie A", "Tie B", "Far");
	}

	@Test
	void findsNoneWhenTheRankingLeftTheLocalitysWardOut() {
		assertThat(SimilarWards.nearest(RANKING, "Missing", NOT_LOCALITIES, 3)).isEmpty();
		assertThat(SimilarWards.nearest(RANKING, "Elsewhere", NOT_LOCALITIES, 3)).isEmpty();
	}

	private static NeedIndex.WardScore score(int place, String ward, double index) {
		return new NeedIndex.WardScore(place, ward, index, Map.of());
	}
}
