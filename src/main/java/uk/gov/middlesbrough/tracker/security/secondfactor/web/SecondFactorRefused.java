package uk.gov.middlesbrough.tracker.security.secondfactor.web;

import java.io.Serial;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * A refused second-factor code, published as Spring Security's failure event so the audit trail records it like a
 * failed password (its reason is this class's simple name: the audit wording has a sentence for each).
 */
class SecondFactorRefused {

	private SecondFactorRefused() {
	}

	static final class WrongSecondFactorCode extends BadCredentialsException {
		@Serial
		private static final long serialVersionUID = 1L;

		WrongSecondFactorCode() {
			super("Wrong second-factor code");
		}
	}

	static final class TooManySecondFactorCodes extends BadCredentialsException {
		@Serial
		private static final long serialVersionUID = 1L;

		TooManySecondFactorCodes() {
			super("Too many wrong second-factor codes");
		}
	}
}
