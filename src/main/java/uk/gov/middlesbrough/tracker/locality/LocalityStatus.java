package uk.gov.middlesbrough.tracker.locality;

/** Where a locality is in the model's life. */
public enum LocalityStatus {
	PILOT,
	ROLL_OUT,
	BUSINESS_AS_USUAL,
	CLOSED;

	public String messageKey() {
		return "locality.status." + name();
	}
}
