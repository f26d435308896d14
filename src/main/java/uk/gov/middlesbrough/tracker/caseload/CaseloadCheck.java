package uk.gov.middlesbrough.tracker.caseload;

import uk.gov.middlesbrough.tracker.caseload.CaseloadThresholds.Threshold;

/**
 * Judges a post's number of children against its role's threshold: above the threshold is over it (a
 * caseload exactly at the threshold is not); with an ideal range, from its lower end up to the threshold is
 * within it and below the lower end is below it.
 */
final class CaseloadCheck {

	private final CaseloadThresholds thresholds;

	CaseloadCheck(CaseloadThresholds thresholds) {
		this.thresholds = thresholds;
	}

	CaseloadFlag assess(CaseloadRole role, int children) {
		Threshold threshold = thresholds.forRole(role);
		FlagStatus status;
		if (children > threshold.max()) {
			status = FlagStatus.OVER;
		}
		else if (threshold.idealFrom() == null) {
			status = FlagStatus.WITHIN;
		}
		else if (children >= threshold.idealFrom()) {
			status = FlagStatus.WITHIN_IDEAL;
		}
		else {
			status = FlagStatus.BELOW_IDEAL;
		}
		return new CaseloadFlag(status, children, threshold.max(), threshold.idealFrom());
	}

	Threshold threshold(CaseloadRole role) {
		return thresholds.forRole(role);
	}
}
