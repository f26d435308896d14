package uk.gov.middlesbrough.tracker.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * An action as it stood at a moment: completion, weight, status and dates from its history, RAG derived
 * from them ({@code rag} is null for a cancelled action), and when it was last updated (its latest progress update,
 * or its adding) where the page shows it (null where it is not read), and whether the demo data invented it
 * ({@code illustrative}: the action and its history are not in the papers).
 */
public record ActionRow(long id, long planId, String specific, String ownerPost, String targetValue, LocalDate startDate,
		LocalDate dueDate, int completion, BigDecimal weight, ActionStatus status, RagStatus rag, double expected,
		Instant lastUpdated, boolean illustrative) {

	/** The day it was last updated, in the UK. */
	public LocalDate lastUpdatedOn() {
		return lastUpdated == null ? null : LocalDate.ofInstant(lastUpdated, AsOf.UK);
	}

	/**
	 * Whether the action waits for this month's update: active, started by {@code day}, not complete, and last updated
	 * before the calendar month of {@code day}. PlanWork's SQL for "your work" asks the same of plan_action.
	 */
	public boolean noUpdateInMonthOf(LocalDate day) {
		return !cancelled() && completion < 100 && !startDate.isAfter(day) && lastUpdated != null
				&& lastUpdatedOn().isBefore(day.withDayOfMonth(1));
	}

	public boolean cancelled() {
		return status == ActionStatus.CANCELLED;
	}

	Completion.Part part() {
		return new Completion.Part(completion, weight, cancelled());
	}
}
