package uk.gov.middlesbrough.tracker.caseload;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tracker.caseload.*}: the most children a post of each role should carry ({@code …-max}; a post above
 * it is flagged "Over threshold") and, where the papers give an ideal range, its lower end
 * ({@code …-ideal-from}; a post below it is "Below ideal range"). From the panel minutes of 22 November 2021:
 * social workers are allocated no more than 25 children each; the ideal for an early help practitioner is
 * around 25–26 children, and the papers hold the Stronger Families senior practitioners' caseloads against
 * that same ideal, so senior practitioners share it by default.
 */
@Validated
@ConfigurationProperties("tracker.caseload")
public record CaseloadThresholds(
		@DefaultValue("25") @Min(1) @Max(999) int socialWorkerMax,
		@Min(0) @Max(999) Integer socialWorkerIdealFrom,
		@DefaultValue("26") @Min(1) @Max(999) int earlyHelpPractitionerMax,
		@DefaultValue("25") @Min(0) @Max(999) Integer earlyHelpPractitionerIdealFrom,
		@DefaultValue("26") @Min(1) @Max(999) int earlyHelpSeniorPractitionerMax,
		@DefaultValue("25") @Min(0) @Max(999) Integer earlyHelpSeniorPractitionerIdealFrom) {

	public static final CaseloadThresholds DEFAULTS = new CaseloadThresholds(25, null, 26, 25, 26, 25);

	public Threshold forRole(CaseloadRole role) {
		switch (role) {
			case SOCIAL_WORKER:
				return new Threshold(socialWorkerMax, socialWorkerIdealFrom);
			case EARLY_HELP_PRACTITIONER:
				return new Threshold(earlyHelpPractitionerMax, earlyHelpPractitionerIdealFrom);
			default:
				return new Threshold(earlyHelpSeniorPractitionerMax, earlyHelpSeniorPractitionerIdealFrom);
		}
	}

	@AssertTrue(message = "each tracker.caseload.*-ideal-from must be at most the same role's *-max")
	public boolean isOrdered() {
		for (CaseloadRole role : CaseloadRole.values()) {
			Threshold threshold = forRole(role);
			if (threshold.idealFrom() != null && threshold.idealFrom() > threshold.max()) {
				return false;
			}
		}
		return true;
	}

	/** The most children a post should carry, and the lower end of its ideal range (null if none). */
	public record Threshold(int max, Integer idealFrom) {
	}
}
