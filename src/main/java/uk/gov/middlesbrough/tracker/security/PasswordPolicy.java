package uk.gov.middlesbrough.tracker.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a new password must be, wherever one is set (NCSC and OWASP guidance: length and a deny-list, no rules
 * about character mixes): 12 to 128 characters, not one of the common passwords bundled in
 * {@code passwords/common-passwords.txt} (in any case), and not containing the username (in any case).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;
	public static final int MAX_LENGTH = 128;
	private static final String COMMON_PASSWORDS = "/passwords/common-passwords.txt";

	private final Set<String> common;

	PasswordPolicy() {
		this(bundledCommonPasswords());
	}

	PasswordPolicy(Set<String> commonPasswords) {
		this.common = commonPasswords;
	}

	/** Rejects {@code field} with the first rule the password breaks, if any. */
	public void check(String field, String password, String username, Errors errors) {
		if (password == null || password.isEmpty()) {
			errors.rejectValue(field, "user.password.required");
		}
		else if (password.length() < MIN_LENGTH) {
			errors.rejectValue(field, "user.password.tooShort", new Object[] { MIN_LENGTH }, null);
		}
		else if (password.length() > MAX_LENGTH) {
			errors.rejectValue(field, "user.password.tooLong", new Object[] { MAX_LENGTH }, null);
		}
		else if (common.contains(password.toLowerCase(Locale.ROOT))) {
			errors.rejectValue(field, "user.password.common");
		}
		else if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
			errors.rejectValue(field, "user.password.containsUsername");
		}
	}

	/** The bundled list, read once, keeping only entries long enough to pass the length rule. */
	static Set<String> bundledCommonPasswords() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter(line -> line.length() >= MIN_LENGTH && line.length() <= MAX_LENGTH)
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
