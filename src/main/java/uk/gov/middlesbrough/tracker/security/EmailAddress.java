package uk.gov.middlesbrough.tracker.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address as a user or an administrator types it: blank means none; otherwise one address, something@domain
 * with a dot in the domain and no spaces, at most 254 characters, kept in lower case.
 */
public final class EmailAddress {

	public static final int MAX = 254;

	private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private EmailAddress() {
	}

	/** The address to keep (empty for none), or throws with the message key of what is wrong with it. */
	public static Optional<String> read(String typed) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		String address = typed.strip().toLowerCase(Locale.ROOT);
		if (address.length() > MAX) {
			throw new AccountProblem("email", "user.email.tooLong");
		}
		if (!SHAPE.matcher(address).matches()) {
			throw new AccountProblem("email", "user.email.invalid");
		}
		return Optional.of(address);
	}
}
