package uk.gov.middlesbrough.tracker.survey;

/** Whether a change between two waves is more than chance would explain, in words. */
public enum ChangeVerdict {
	/** Both sample sizes known and the two-proportion z-test gives p < 0.05. */
	SIGNIFICANT,
	/** Both sample sizes known and p ≥ 0.05. */
	NOT_SIGNIFICANT,
	/** One or both waves have no recorded sample size, so nothing can be said (and nothing is guessed). */
	SAMPLE_SIZE_NOT_RECORDED;

	public String messageKey() {
		return "survey.verdict." + name();
	}
}
