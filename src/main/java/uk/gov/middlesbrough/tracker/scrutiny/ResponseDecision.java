package uk.gov.middlesbrough.tracker.scrutiny;

/**
 * The executive's decision on a recommendation. Partly accepted and rejected need reasons. A rejected recommendation
 * is exactly what the status Not accepted records, so {@link #fits} ties the two together: rejected goes with Not
 * accepted and only with it; an accepted or partly accepted one follows its progress (not started to completed).
 */
public enum ResponseDecision {
	ACCEPTED,
	PARTLY_ACCEPTED,
	REJECTED;

	public boolean needsReasons() {
		return this != ACCEPTED;
	}

	/** Whether a recommendation with this decision may have this status. */
	public boolean fits(RecommendationStatus status) {
		return (this == REJECTED) == (status == RecommendationStatus.NOT_ACCEPTED);
	}

	public String messageKey() {
		return "scrutiny.decision." + name();
	}
}
