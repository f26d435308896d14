package uk.gov.middlesbrough.tracker.rollout;

/**
 * Which way an indicator's values point to need: crime and anti-social behaviour rates show more need when higher;
 * a deprivation rank (1 = most deprived) or the share feeling safe show more need when lower.
 */
public enum NeedDirection {
	HIGHER_MEANS_MORE_NEED,
	LOWER_MEANS_MORE_NEED;

	/** The value turned so that higher always means more need. */
	double toward(double value) {
		return this == HIGHER_MEANS_MORE_NEED ? value : -value;
	}
}
