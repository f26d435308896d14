package uk.gov.middlesbrough.tracker.support;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** The authenticator app every demo user has set up (db/demo): the code it shows now for the README's demo secret. */
public final class DemoAuthenticator {

	public static final String SECRET = "JBSWY3DPEHPK3PXP";

	private DemoAuthenticator() {
	}

	public static String code() {
		return code(SECRET, Instant.now());
	}

	public static String code(String base32Secret, Instant when) {
		TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
		try {
			return String.format(Locale.ROOT, "%06d", totp.generateOneTimePassword(
					new SecretKeySpec(new Base32().decode(base32Secret), totp.getAlgorithm()), when));
		}
		catch (InvalidKeyException ex) {
			throw new IllegalArgumentException(ex);
		}
	}
}
