package uk.gov.middlesbrough.tracker.rollout.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.gov.middlesbrough.tracker.rollout.NeedIndex;

/**
 * The comparator wards most like a locality's ward by need: the {@code n} candidate wards (wards with no locality)
 * whose need index in a saved ranking is nearest the locality's ward's, nearer first, a tie by name.
 */
final class SimilarWards {

	private SimilarWards() {
	}

	/** The nearest wards' names; empty when the ranking does not hold the locality's ward. */
	static List<String> nearest(NeedIndex.Ranking ranking, String localityWard, Set<String> candidates, int n) {
		Optional<NeedIndex.WardScore> own = ranking.wards().stream().filter(score -> score.ward().equals(localityWard))
			.findFirst();
		if (own.isEmpty()) {
			return List.of();
		}
		double index = own.get().index();
		return ranking.wards().stream().filter(score -> candidates.contains(score.ward()))
			.sorted(Comparator.comparingDouble((NeedIndex.WardScore score) -> Math.abs(score.index() - index))
				.thenComparing(NeedIndex.WardScore::ward))
			.limit(n).map(NeedIndex.WardScore::ward).toList();
	}
}
