package uk.gov.middlesbrough.tracker.security;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tracker.sign-in.*}: how many sign-in attempts a client address ({@code address-attempts}) and a username
 * ({@code username-attempts}) may make before further attempts are refused, and the time over which each bucket
 * fills again ({@code address-refill}, {@code username-refill}): attempts come back one at a time, evenly over that
 * time. A successful sign-in gives its attempt back, so only failures use them up.
 */
@Validated
@ConfigurationProperties("tracker.sign-in")
public record SignInThrottleSettings(
		@DefaultValue("20") @Min(1) int addressAttempts,
		@DefaultValue("10m") Duration addressRefill,
		@DefaultValue("30") @Min(1) int usernameAttempts,
		@DefaultValue("30m") Duration usernameRefill) {

	/** The longest anyone refused has to wait for one more attempt, in whole minutes (at least 1). */
	public long waitMinutes() {
		Duration address = addressRefill.dividedBy(addressAttempts);
		Duration username = usernameRefill.dividedBy(usernameAttempts);
		long seconds = Math.max(address.toSeconds(), username.toSeconds());
		return Math.max(1, (seconds + 59) / 60);
	}
}
