package uk.gov.middlesbrough.tracker.caseload;

/** Where a post's caseload stands against its role's threshold. */
public enum FlagStatus {
	/** More children than the role's threshold. */
	OVER,
	/** At or below the threshold of a role without an ideal range. */
	WITHIN,
	/** Within the role's ideal range (from its lower end up to the threshold). */
	WITHIN_IDEAL,
	/** Below the lower end of the role's ideal range. */
	BELOW_IDEAL;

	public String messageKey() {
		return "caseload.flag." + name();
	}
}
