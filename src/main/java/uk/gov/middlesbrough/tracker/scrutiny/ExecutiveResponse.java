package uk.gov.middlesbrough.tracker.scrutiny;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The executive's response to a recommendation: its comment, the proposed action, the post responsible, the budget
 * cost (words, and an amount where the response gives one), the timescale (words and/or a target date), when a
 * report back to the panel is due, and the executive's decision (accepted, partly accepted or rejected) with its
 * reasons. Any part may be missing: some responses are a comment only. A partly accepted or rejected decision always
 * has its reasons.
 */
public record ExecutiveResponse(String comment, String proposedAction, String responsiblePost, String budgetText,
		BigDecimal budgetAmount, String timescaleText, LocalDate targetDate, LocalDate reportBackOn,
		ResponseDecision decision, String decisionReasons) {

	public static final ExecutiveResponse NONE = new ExecutiveResponse(null, null, null, null, null, null, null, null);

	public ExecutiveResponse {
		if (budgetAmount != null && budgetAmount.signum() < 0) {
			throw new IllegalArgumentException("A budget cost cannot be negative");
		}
		if (decision != null && decision.needsReasons() && (decisionReasons == null || decisionReasons.isBlank())) {
			throw new IllegalArgumentException("A " + decision + " response gives its reasons");
		}
	}

	/** A response with no decision recorded yet. */
	public ExecutiveResponse(String comment, String proposedAction, String responsiblePost, String budgetText,
			BigDecimal budgetAmount, String timescaleText, LocalDate targetDate, LocalDate reportBackOn) {
		this(comment, proposedAction, responsiblePost, budgetText, budgetAmount, timescaleText, targetDate, reportBackOn,
				null, null);
	}

	/** Whether anything of a response has been recorded. */
	public boolean recorded() {
		return comment != null || proposedAction != null || responsiblePost != null || budgetText != null
				|| budgetAmount != null || timescaleText != null || targetDate != null || decision != null;
	}
}
