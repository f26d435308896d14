package uk.gov.middlesbrough.tracker.database;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code tracker.embedded-postgres.*}: only read when the demo profile switches the embedded server on. */
@Validated
@ConfigurationProperties("tracker.embedded-postgres")
record EmbeddedPostgresSettings(boolean enabled, @NotBlank String dataDir, @Min(1024) @Max(65535) int port) {
}
