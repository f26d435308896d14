package uk.gov.middlesbrough.tracker.scrutiny;

import java.time.Instant;

/**
 * A recommendation's response or status was changed ({@link HistoryKind#RESPONSE}) or a progress update was added
 * to it ({@link HistoryKind#PROGRESS}); {@code oldStatus} and {@code status} are the status before and after.
 */
public record RecommendationUpdated(long recommendationId, long reviewId, String reference, HistoryKind change,
		RecommendationStatus oldStatus, RecommendationStatus status, String updatedBy, Instant updatedAt) {
}
