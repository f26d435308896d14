package uk.gov.middlesbrough.tracker.audit;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making a change: the signed-in username, or "system" for work nobody signed in started. */
final class Actor {

	static final String SYSTEM = "system";

	private Actor() {
	}

	static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return SYSTEM;
		}
		return authentication.getName();
	}
}
