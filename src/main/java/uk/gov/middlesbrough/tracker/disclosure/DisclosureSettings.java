package uk.gov.middlesbrough.tracker.disclosure;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tracker.disclosure.threshold}: counts from 1 up to one below it are suppressed wherever figures leave the
 * team's own pages (exports, comparisons, packs, the evaluation). 5 by default, as councils publish ward figures.
 */
@Validated
@ConfigurationProperties("tracker.disclosure")
public record DisclosureSettings(@DefaultValue("5") @Min(1) int threshold) {

	public SmallNumbers smallNumbers() {
		return new SmallNumbers(threshold);
	}
}
