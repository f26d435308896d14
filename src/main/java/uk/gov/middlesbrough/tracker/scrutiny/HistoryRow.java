package uk.gov.middlesbrough.tracker.scrutiny;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a recommendation's timeline: what happened, when and by whom, and any status change. */
public record HistoryRow(HistoryKind kind, Instant recordedAt, String recordedBy, LocalDate updateOn, String note,
		RecommendationStatus oldStatus, RecommendationStatus status) {

	public boolean statusChanged() {
		return oldStatus != null && oldStatus != status;
	}
}
