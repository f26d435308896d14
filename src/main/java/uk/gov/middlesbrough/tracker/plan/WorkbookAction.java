package uk.gov.middlesbrough.tracker.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An action as the plans workbook holds it: its SMART fields, completion, status and version now, and the commentary
 * of its latest progress update (null if none).
 */
record WorkbookAction(long id, long planId, SmartDetails details, ActionStatus status, int completion, long version,
		String commentary, boolean illustrative) {

	boolean cancelled() {
		return status == ActionStatus.CANCELLED;
	}

	LocalDate startDate() {
		return details.startDate();
	}

	LocalDate dueDate() {
		return details.dueDate();
	}

	BigDecimal weight() {
		return details.weight();
	}
}
