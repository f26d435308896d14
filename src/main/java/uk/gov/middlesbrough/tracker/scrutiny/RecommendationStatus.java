package uk.gov.middlesbrough.tracker.scrutiny;

/** Where the executive's response to a recommendation stands. */
public enum RecommendationStatus {
	NOT_STARTED,
	IN_PROGRESS,
	COMPLETED,
	NOT_ACCEPTED;

	/** Completed or not accepted: nothing more is expected, so its target date can no longer be missed. */
	public boolean closed() {
		return this == COMPLETED || this == NOT_ACCEPTED;
	}

	/**
	 * Whether moving from {@code old} to this status closes the recommendation, which needs the panel's agreement: a
	 * change into a closed status from any other (open or the other closed one). Staying closed does not.
	 */
	public boolean closesFrom(RecommendationStatus old) {
		return closed() && this != old;
	}

	public String messageKey() {
		return "scrutiny.status." + name();
	}
}
