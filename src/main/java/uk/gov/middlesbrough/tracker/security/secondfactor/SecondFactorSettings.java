package uk.gov.middlesbrough.tracker.security.secondfactor;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import uk.gov.middlesbrough.tracker.security.Role;

/**
 * {@code tracker.mfa.*}: the roles that must use a second factor ({@code required-roles}; anyone else may set one up,
 * and once set up it is asked for at every sign-in), the key that encrypts the authenticator apps' secrets
 * ({@code encryption-key}: 32 random bytes in Base64, e.g. {@code openssl rand -base64 32}; losing it means everyone
 * sets up their app again), the name an authenticator app shows ({@code issuer}), whether a code may sign in twice
 * ({@code refuse-reused-codes}, true except in tests that sign the same user in many times a minute), and the code
 * attempts a user may make ({@code code-attempts}, coming back one at a time over {@code code-refill}).
 */
@Validated
@ConfigurationProperties("tracker.mfa")
public record SecondFactorSettings(
		@DefaultValue({"ADMINISTRATOR", "HEAD_OF_SERVICE"}) Set<Role> requiredRoles,
		@NotBlank(message = "Set tracker.mfa.encryption-key (TRACKER_MFA_ENCRYPTION_KEY) to 32 random bytes in Base64: "
				+ "openssl rand -base64 32") String encryptionKey,
		@DefaultValue("Locality Working Tracker") String issuer,
		@DefaultValue("true") boolean refuseReusedCodes,
		@DefaultValue("10") @Min(1) int codeAttempts,
		@DefaultValue("15m") Duration codeRefill) {
}
