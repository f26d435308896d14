package uk.gov.middlesbrough.tracker.reminder;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tracker.reminders.*}: whether the daily digest job runs ({@code enabled}), when ({@code cron}, UK time; by
 * default 07:00 every day), who the mail is from, the address the app is reached at (for the links in the mail), and
 * the folder mail is written to when no SMTP server is set ({@code spring.mail.host} unset, as in the demo).
 */
@Validated
@ConfigurationProperties("tracker.reminders")
public record ReminderSettings(@DefaultValue("true") boolean enabled, @DefaultValue("0 0 7 * * *") @NotBlank String cron,
		@DefaultValue("locality-tracker@middlesbrough.gov.uk") @NotBlank String from,
		@DefaultValue("http://localhost:8080") @NotBlank String baseUrl, @DefaultValue("data/mail") @NotBlank String mailFolder) {
}
