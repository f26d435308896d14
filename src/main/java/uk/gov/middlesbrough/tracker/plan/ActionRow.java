package uk.gov.middlesbrough.tracker.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An action as it stood at a moment: completion, weight, status and dates from its history, RAG derived
 * from them ({@code rag} is null for a cancelled action).
 */
public record ActionRow(long id, long planId, String specific, String ownerPost, String targetValue, LocalDate startDate,
		LocalDate dueDate, int completion, BigDecimal weight, ActionStatus status, RagStatus rag, double expected) {

	public boolean cancelled() {
		return status == ActionStatus.CANCELLED;
	}

	Completion.Part part() {
		return new Completion.Part(completion, weight, cancelled());
	}
}
