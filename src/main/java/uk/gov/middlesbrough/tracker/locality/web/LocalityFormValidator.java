package uk.gov.middlesbrough.tracker.locality.web;

import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.web.DateInput;

/** The rules Bean Validation cannot express on one field: the start date and each partner's length. */
final class LocalityFormValidator {

	static final int MAX_PARTNER_LENGTH = 200;

	private LocalityFormValidator() {
	}

	static void validate(LocalityForm form, Errors errors) {
		DateInput.validate(errors, "startDate", form.getStartDate(), "start date", true);
		if (!errors.hasFieldErrors("partnerOrganisations")
				&& form.partnerList().stream().anyMatch(partner -> partner.length() > MAX_PARTNER_LENGTH)) {
			errors.rejectValue("partnerOrganisations", "locality.partners.tooLong", new Object[] { MAX_PARTNER_LENGTH },
					"Each partner organisation must be 200 characters or fewer");
		}
	}
}
