package uk.gov.middlesbrough.tracker.caseload;

/**
 * A post's caseload judged against its role's threshold, to be shown in words (for example "Over threshold:
 * 34 children, threshold 26") as well as by the tag's colour.
 */
public record CaseloadFlag(FlagStatus status, int children, int threshold, Integer idealFrom) {

	public boolean over() {
		return status == FlagStatus.OVER;
	}

	public String messageKey() {
		return status.messageKey();
	}

	/** {0} children, {1} threshold, {2} lower end of the ideal range (or the threshold when there is none). */
	public Object[] args() {
		return new Object[] { children, threshold, idealFrom == null ? threshold : idealFrom };
	}

	public String tagClass() {
		switch (status) {
			case OVER:
				return "govuk-tag--red";
			case BELOW_IDEAL:
				return "govuk-tag--blue";
			default:
				return "govuk-tag--green";
		}
	}
}
