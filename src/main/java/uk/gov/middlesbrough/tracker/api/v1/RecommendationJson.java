package uk.gov.middlesbrough.tracker.api.v1;

import java.time.LocalDate;
import uk.gov.middlesbrough.tracker.scrutiny.TrackerRow;

/** A scrutiny recommendation as of a day: the panel's words, its status, and the post responsible for it. */
record RecommendationJson(long id, long reviewId, String reference, String text, String status, String responsiblePost,
		LocalDate targetDate, boolean illustrative) {

	static RecommendationJson of(TrackerRow row) {
		return new RecommendationJson(row.id(), row.reviewId(), row.reference(), row.text(), row.status().name(),
				row.response().responsiblePost(), row.response().targetDate(), row.illustrative());
	}
}
