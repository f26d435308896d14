package uk.gov.middlesbrough.tracker.security;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tracker.sign-in.*}: after {@code max-failures} failed sign-ins for a username within {@code lockout},
 * further attempts are refused until the oldest of them is {@code lockout} old.
 */
@Validated
@ConfigurationProperties("tracker.sign-in")
public record SignInThrottleSettings(@DefaultValue("5") @Min(1) int maxFailures, @DefaultValue("15m") Duration lockout) {
}
