package uk.gov.middlesbrough.tracker.importing;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code tracker.import.*}: the largest CSV file (bytes) and the most data rows an import accepts. */
@Validated
@ConfigurationProperties("tracker.import")
public record ImportSettings(@DefaultValue("2097152") @Min(1024) long maxBytes, @DefaultValue("20000") @Min(1) int maxRows) {
}
