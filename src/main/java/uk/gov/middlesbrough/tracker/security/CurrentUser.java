package uk.gov.middlesbrough.tracker.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user signed in on this request, if any. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<SignedInUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/** For pages behind sign-in, where the URL rules guarantee a user. */
	public static SignedInUser required() {
		return get().orElseThrow(() -> new IllegalStateException("No user is signed in"));
	}
}
