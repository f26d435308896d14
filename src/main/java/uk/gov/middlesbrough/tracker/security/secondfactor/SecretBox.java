package uk.gov.middlesbrough.tracker.security.secondfactor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the authenticator apps' secrets at rest with AES-256-GCM (the JDK's own; Spring Security's encryptors are
 * deprecated from 7.1): a random 96-bit nonce per secret, stored in front of the ciphertext and its tag, all in Base64.
 * A copy of the database alone (a backup, say) then gives nobody the means to make codes.
 */
final class SecretBox {

	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final SecretKey key;
	private final SecureRandom random = new SecureRandom();

	SecretBox(String base64Key) {
		byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
		if (bytes.length != 32) {
			throw new IllegalArgumentException("tracker.mfa.encryption-key must be 32 bytes in Base64 (it has "
					+ bytes.length + "): openssl rand -base64 32");
		}
		this.key = new SecretKeySpec(bytes, "AES");
	}

	String encrypt(String plain) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
				.put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt a second-factor secret", ex);
		}
	}

	String decrypt(String stored) {
		byte[] all = Base64.getDecoder().decode(stored);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A second-factor secret does not open with tracker.mfa.encryption-key "
					+ "(was the key changed?)", ex);
		}
	}
}
