package uk.gov.middlesbrough.tracker.plan;

import java.util.List;

/** Everything the plan page shows. */
public record PlanPage(PlanSummary summary, String objectives, String localityName, Long leadUserId, long version,
		List<ActionRow> actions, List<ReviewRow> reviews) {

	/** Reviews the page lists in full; earlier ones are folded away. */
	public static final int RECENT_REVIEWS = 6;

	/** The latest {@link #RECENT_REVIEWS} reviews, latest first. */
	public List<ReviewRow> recentReviews() {
		return reviews.subList(0, Math.min(RECENT_REVIEWS, reviews.size()));
	}

	/** The reviews before those, latest first (empty when there are few). */
	public List<ReviewRow> earlierReviews() {
		return reviews.size() <= RECENT_REVIEWS ? List.of() : reviews.subList(RECENT_REVIEWS, reviews.size());
	}

	/** Whether the page shows anything the demo data invented (the plan's figures, an action or a review). */
	public boolean illustrative() {
		return summary.illustrative() || actions.stream().anyMatch(ActionRow::illustrative)
				|| reviews.stream().anyMatch(ReviewRow::illustrative);
	}

	/** Objectives are kept one per line. */
	public List<String> objectiveList() {
		return objectives == null ? List.of()
				: objectives.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
