package uk.gov.middlesbrough.tracker.security.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpCodesTests {

	/** RFC 6238's own secret, "12345678901234567890" in ASCII, as Base32. */
	private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	private final TotpCodes codes = new TotpCodes();

	@Test
	void makesTheCodesOfRfc6238sTestVectorsCutToSixDigits() {
		// Appendix B, SHA1: 94287082 at 59 s, 07081804 at 1111111109 s, 89005924 at 1234567890 s; an app shows the last six.
		assertThat(codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
		assertThat(codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
		assertThat(codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
	}

	@Test
	void acceptsACodeForItsOwnStepAndOneEitherSideOnly() {
		// 287082 is step 1 (30–59 s). At 89 s (step 2) and 0 s (step 0) it is one step away; at 90 s (step 3), two.
		assertThat(codes.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(59))).hasValue(1);
		assertThat(codes.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(89))).hasValue(1);
		assertThat(codes.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(0))).hasValue(1);
		assertThat(codes.matchingStep(RFC_SECRET, "287082", Instant.ofEpochSecond(90))).isEmpty();
	}

	@Test
	void takesTheGroupsPeopleTypeButNothingButSixAsciiDigits() {
		Instant at = Instant.ofEpochSecond(59);
		assertThat(codes.matchingStep(RFC_SECRET, "287 082", at)).hasValue(1);
		assertThat(codes.matchingStep(RFC_SECRET, "287-082", at)).hasValue(1);
		assertThat(codes.matchingStep(RFC_SECRET, "٢٨٧٠٨٢", at)).as("Arabic-Indic digits").isEmpty();
		assertThat(codes.matchingStep(RFC_SECRET, "28708", at)).isEmpty();
		assertThat(codes.matchingStep(RFC_SECRET, null, at)).isEmpty();
	}

	@Test
	void newSecretsAre160BitsInBase32AndDiffer() {
		String one = codes.newSecret();
		assertThat(one).matches("[A-Z2-7]{32}");
		assertThat(codes.newSecret()).isNotEqualTo(one);
	}
}
