package uk.gov.middlesbrough.tracker.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the action page shows: the SMART fields, its current state and its whole timeline; {@code illustrative}
 * when the demo data invented the action and its history.
 */
public record ActionDetail(long id, long planId, String planTitle, long localityId, String localityName, Long planLeadUserId,
		String specific, String measure, String targetValue, Long indicatorId, String ownerPost, String partner,
		String resources, String relevantObjective, LocalDate startDate, LocalDate dueDate, BigDecimal weight,
		ActionStatus status, int completion, RagStatus rag, double expected, long version, List<HistoryRow> history,
		boolean illustrative) {

	public boolean cancelled() {
		return status == ActionStatus.CANCELLED;
	}
}
