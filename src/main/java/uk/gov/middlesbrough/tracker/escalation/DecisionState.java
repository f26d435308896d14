package uk.gov.middlesbrough.tracker.escalation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where an item stands with the Design and Implementation Group, from its latest "raised at DIG" mark and its latest
 * decision: not raised; raised and awaiting a decision (never decided, or raised again after the last decision);
 * decided; or decided with its review date passed.
 */
public enum DecisionState {
	NOT_RAISED,
	AWAITING_DECISION,
	DECIDED,
	REVIEW_OVERDUE;

	public static DecisionState of(RaisedMark latestMark, DigDecision latestDecision, LocalDate today) {
		if (latestMark == null) {
			return NOT_RAISED;
		}
		if (latestDecision == null || latestDecision.decidedOn().isBefore(latestMark.raisedOn())) {
			return AWAITING_DECISION;
		}
		LocalDate review = latestDecision.reviewOn();
		return review != null && review.isBefore(today) ? REVIEW_OVERDUE : DECIDED;
	}

	/** Decided, whether or not its review date has passed: the latest decision answers the latest raising. */
	public boolean isDecided() {
		return this == DECIDED || this == REVIEW_OVERDUE;
	}

	/** Whole days from the day an item was raised at DIG to the day the group decided (0 when the same day). */
	public static long daysToDecide(LocalDate raisedOn, LocalDate decidedOn) {
		return ChronoUnit.DAYS.between(raisedOn, decidedOn);
	}

	public String messageKey() {
		return "escalation.decisionState." + name();
	}
}
