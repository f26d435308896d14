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

	public String messageKey() {
		return "scrutiny.status." + name();
	}
}
