package uk.gov.middlesbrough.tracker.caseload.web;

import org.springframework.validation.Errors;

/** The one rule between a form's figures: children open under six months are some of the children on caseload. */
final class FiguresRule {

	private FiguresRule() {
	}

	static void check(Errors errors, Integer children, Integer families, Integer childrenUnderSixMonths) {
		if (children != null && childrenUnderSixMonths != null && !errors.hasFieldErrors("children")
				&& !errors.hasFieldErrors("childrenUnderSixMonths") && childrenUnderSixMonths > children) {
			errors.rejectValue("childrenUnderSixMonths", "caseload.underSix.moreThanChildren",
					new Object[] { childrenUnderSixMonths, children }, null);
		}
	}
}
