package uk.gov.middlesbrough.tracker.scrutiny;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tracker.scrutiny.*}: a report back to the panel is flagged "Report back due" from {@code report-back-weeks}
 * weeks before its date (default 6, about one panel cycle) until the date itself.
 */
@Validated
@ConfigurationProperties("tracker.scrutiny")
public record ScrutinySettings(@DefaultValue("6") @Min(0) @Max(52) int reportBackWeeks) {

	public static final ScrutinySettings DEFAULTS = new ScrutinySettings(6);
}
