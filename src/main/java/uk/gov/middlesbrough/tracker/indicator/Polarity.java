package uk.gov.middlesbrough.tracker.indicator;

/** Which way an indicator should move. */
public enum Polarity {
	HIGHER_IS_BETTER,
	LOWER_IS_BETTER;

	/** Whether moving from {@code before} by a positive (or negative) difference is better. */
	boolean better(int signOfDifference) {
		return this == HIGHER_IS_BETTER ? signOfDifference > 0 : signOfDifference < 0;
	}

	public String messageKey() {
		return "indicator.polarity." + name();
	}
}
