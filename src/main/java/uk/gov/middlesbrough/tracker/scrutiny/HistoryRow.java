package uk.gov.middlesbrough.tracker.scrutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a recommendation's timeline: what happened, when and by whom, any status change, what it changed in
 * the response, and the panel's agreement the recommendation was closed with (null while open).
 */
public record HistoryRow(HistoryKind kind, Instant recordedAt, String recordedBy, LocalDate updateOn, String note,
		RecommendationStatus oldStatus, RecommendationStatus status, List<ResponseChange> changes, PanelAgreement closure) {

	public boolean statusChanged() {
		return oldStatus != null && oldStatus != status;
	}

	/** Whether this entry closed the recommendation with the panel's agreement (the timeline says where and when). */
	public boolean closedWithAgreement() {
		return closure != null && status.closesFrom(oldStatus);
	}
}
