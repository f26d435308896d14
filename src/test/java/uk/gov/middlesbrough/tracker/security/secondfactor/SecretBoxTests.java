package uk.gov.middlesbrough.tracker.security.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private final SecretBox box = new SecretBox(KEY);

	@Test
	void opensWhatItSealedAndSealsTheSameSecretDifferentlyEachTime() {
		String once = box.encrypt("JBSWY3DPEHPK3PXP");
		String twice = box.encrypt("JBSWY3DPEHPK3PXP");
		assertThat(once).isNotEqualTo(twice).doesNotContain("JBSWY3DPEHPK3PXP");
		assertThat(box.decrypt(once)).isEqualTo("JBSWY3DPEHPK3PXP");
		assertThat(box.decrypt(twice)).isEqualTo("JBSWY3DPEHPK3PXP");
		// 12-byte nonce + 16 secret bytes + 16-byte tag = 44 bytes = 60 Base64 characters.
		assertThat(once).hasSize(60);
	}

	@Test
	void refusesASecretChangedInTheDatabaseOrAnotherKey() {
		byte[] sealed = Base64.getDecoder().decode(box.encrypt("JBSWY3DPEHPK3PXP"));
		sealed[20] ^= 1;
		assertThatThrownBy(() -> box.decrypt(Base64.getEncoder().encodeToString(sealed)))
			.hasMessageContaining("does not open");
		byte[] otherKey = new byte[32];
		otherKey[0] = 1;
		String sealedHere = box.encrypt("JBSWY3DPEHPK3PXP");
		assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(otherKey)).decrypt(sealedHere))
			.hasMessageContaining("does not open");
	}

	@Test
	void saysHowToMakeAKeyWhenTheOneGivenIsNot32Bytes() {
		assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16])))
			.hasMessageContaining("32 bytes").hasMessageContaining("openssl rand -base64 32");
	}
}
