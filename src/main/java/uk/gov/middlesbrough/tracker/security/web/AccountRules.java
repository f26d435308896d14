package uk.gov.middlesbrough.tracker.security.web;

import java.util.regex.Pattern;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.security.UserForm;

/** Form rules for accounts that Bean Validation cannot say on one field. */
final class AccountRules {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

	private AccountRules() {
	}

	static void checkUsername(String username, Errors errors) {
		if (username == null || username.isBlank()) {
			errors.rejectValue("username", "user.username.required");
		}
		else if (!USERNAME.matcher(username.strip()).matches()) {
			errors.rejectValue("username", "user.username.format");
		}
	}

	static void checkLocality(UserForm form, Errors errors) {
		if (form.getRole() != null && form.getRole().isBoundToLocality() && form.getLocalityId() == null) {
			errors.rejectValue("localityId", "user.locality.required");
		}
	}
}
