package uk.gov.middlesbrough.tracker.survey.web;

import java.math.BigDecimal;
import org.springframework.validation.Errors;

/** A typed number of respondents: optional, but when given a whole number of 1 or more. */
final class RespondentsInput {

	private RespondentsInput() {
	}

	/** Rejects {@code field} unless {@code typed} is empty or a whole number of 1 or more. */
	static void validate(Errors errors, String field, String typed) {
		try {
			Integer respondents = parse(typed);
			if (respondents != null && respondents < 1) {
				errors.rejectValue(field, "survey.respondents.tooFew");
			}
		}
		catch (NumberFormatException | ArithmeticException ex) {
			errors.rejectValue(field, "survey.respondents.notWhole");
		}
	}

	/** The number typed ("1,250" is 1250), or null when the box is empty; call only once validated. */
	static Integer parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return new BigDecimal(typed.strip().replace(",", "")).intValueExact();
	}
}
