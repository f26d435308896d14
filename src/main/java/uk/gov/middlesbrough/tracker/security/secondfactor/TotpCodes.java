package uk.gov.middlesbrough.tracker.security.secondfactor;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes as authenticator apps make them (RFC 6238 with its usual settings: HMAC-SHA1, six digits,
 * 30-second steps; java-otp computes them). A code is accepted for its own step and one either side, so a phone clock
 * half a minute out, or a code typed as it changes, still works: about 90 seconds in all, the RFC's advice.
 */
final class TotpCodes {

	static final Duration STEP = Duration.ofSeconds(30);
	private static final int DIGITS = 6;
	private static final int SECRET_BYTES = 20; // 160 bits, RFC 4226's recommendation

	private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);
	private final SecureRandom random = new SecureRandom();

	/** A new secret, Base32 as authenticator apps take it (32 characters, no padding). */
	String newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		random.nextBytes(secret);
		return new Base32().encodeToString(secret).replace("=", "");
	}

	/** The code for this secret at this moment (what the app shows), zero-padded. */
	String codeAt(String base32Secret, Instant when) {
		try {
			return String.format(Locale.ROOT, "%06d", generator.generateOneTimePassword(key(base32Secret), when));
		}
		catch (InvalidKeyException ex) {
			throw new IllegalArgumentException("Not a usable secret", ex);
		}
	}

	/**
	 * The time step whose code this is, trying now and one step either side; empty when it matches none (or is not
	 * six ASCII digits; spaces people type between the groups are ignored).
	 */
	OptionalLong matchingStep(String base32Secret, String typed, Instant now) {
		String code = typed == null ? "" : typed.replace(" ", "").replace("-", "");
		if (!code.matches("[0-9]{6}")) {
			return OptionalLong.empty();
		}
		long step = now.getEpochSecond() / STEP.getSeconds();
		for (long candidate = step - 1; candidate <= step + 1; candidate++) {
			if (constantTimeEquals(codeAt(base32Secret, Instant.ofEpochSecond(candidate * STEP.getSeconds())), code)) {
				return OptionalLong.of(candidate);
			}
		}
		return OptionalLong.empty();
	}

	private static boolean constantTimeEquals(String a, String b) {
		return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
				b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}

	private SecretKeySpec key(String base32Secret) {
		return new SecretKeySpec(new Base32().decode(base32Secret.toUpperCase(Locale.ROOT)), generator.getAlgorithm());
	}
}
