package uk.gov.middlesbrough.tracker.caseload;

/**
 * One post's caseload: the children on it, the families they come from, and the children whose cases have
 * been open for less than six months (the length of time the case has been open, not the child's age). Whole
 * numbers from 0 to {@value #MAX}; children open under six months are some of the children, so never more.
 */
public record CaseloadFigures(int children, int families, int childrenUnderSixMonths) {

	public static final int MAX = 999;

	public CaseloadFigures {
		if (children < 0 || families < 0 || childrenUnderSixMonths < 0) {
			throw new IllegalArgumentException("Caseload figures cannot be negative");
		}
		if (children > MAX || families > MAX || childrenUnderSixMonths > MAX) {
			throw new IllegalArgumentException("Caseload figures must be " + MAX + " or less");
		}
		if (childrenUnderSixMonths > children) {
			throw new IllegalArgumentException("Children open under six months cannot exceed children on caseload");
		}
	}

	/** "34 / 14 / 22": children / families / children open under six months. */
	public String inShort() {
		return children + " / " + families + " / " + childrenUnderSixMonths;
	}
}
