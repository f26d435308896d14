package uk.gov.middlesbrough.tracker.scrutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a recommendation's timeline: what happened, when and by whom, any status change and what it changed
 * in the response.
 */
public record HistoryRow(HistoryKind kind, Instant recordedAt, String recordedBy, LocalDate updateOn, String note,
		RecommendationStatus oldStatus, RecommendationStatus status, List<ResponseChange> changes) {

	public boolean statusChanged() {
		return oldStatus != null && oldStatus != status;
	}
}
