package uk.gov.middlesbrough.tracker.api;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tracker.api.*}: how many requests each client token may make a minute ({@code rate-limit-per-minute}, a
 * bucket refilled evenly over the minute) and the largest page a list returns ({@code max-page-size}).
 */
@Validated
@ConfigurationProperties("tracker.api")
public record ApiSettings(@DefaultValue("60") @Min(1) int rateLimitPerMinute, @DefaultValue("100") @Min(1) int maxPageSize) {
}
