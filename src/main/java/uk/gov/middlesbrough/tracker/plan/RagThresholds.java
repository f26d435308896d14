package uk.gov.middlesbrough.tracker.plan;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tracker.rag.*}: how many points an action may fall behind its expected completion before it
 * turns Amber ({@code amber-gap}, default 10) and Red ({@code red-gap}, default 25). A gap exactly at a
 * threshold stays in the better colour.
 */
@Validated
@ConfigurationProperties("tracker.rag")
public record RagThresholds(@DefaultValue("10") @Min(0) @Max(100) int amberGap,
		@DefaultValue("25") @Min(0) @Max(100) int redGap) {

	public static final RagThresholds DEFAULTS = new RagThresholds(10, 25);

	@AssertTrue(message = "tracker.rag.red-gap must be at least tracker.rag.amber-gap")
	public boolean isOrdered() {
		return redGap >= amberGap;
	}
}
