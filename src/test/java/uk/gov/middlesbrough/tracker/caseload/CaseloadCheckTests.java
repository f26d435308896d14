package uk.gov.middlesbrough.tracker.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Thresholds from the panel minutes of 22 November 2021: social workers at most 25 children; early help
 * practitioners (and the senior practitioners held against the same figure) ideally 25–26, flagged above 26.
 */
class CaseloadCheckTests {

	private final CaseloadCheck check = new CaseloadCheck(CaseloadThresholds.DEFAULTS);

	@Test
	void aSocialWorkerWithTwentyFiveChildrenIsWithinAndWithTwentySixIsOver() {
		// Threshold 25: 25 is not above 25; 26 is one above.
		assertThat(check.assess(CaseloadRole.SOCIAL_WORKER, 25).status()).isEqualTo(FlagStatus.WITHIN);
		assertThat(check.assess(CaseloadRole.SOCIAL_WORKER, 26).status()).isEqualTo(FlagStatus.OVER);
		// No ideal range for social workers: a small caseload is simply within the threshold.
		assertThat(check.assess(CaseloadRole.SOCIAL_WORKER, 0).status()).isEqualTo(FlagStatus.WITHIN);
	}

	@Test
	void anEarlyHelpPractitionerWithTwentySixChildrenIsWithinTheIdealRangeAndWithTwentySevenIsOver() {
		// Ideal 25–26: 24 is below 25, 25 and 26 are in the range, 27 is above 26.
		assertThat(check.assess(CaseloadRole.EARLY_HELP_PRACTITIONER, 24).status()).isEqualTo(FlagStatus.BELOW_IDEAL);
		assertThat(check.assess(CaseloadRole.EARLY_HELP_PRACTITIONER, 25).status()).isEqualTo(FlagStatus.WITHIN_IDEAL);
		assertThat(check.assess(CaseloadRole.EARLY_HELP_PRACTITIONER, 26).status()).isEqualTo(FlagStatus.WITHIN_IDEAL);
		assertThat(check.assess(CaseloadRole.EARLY_HELP_PRACTITIONER, 27).status()).isEqualTo(FlagStatus.OVER);
	}

	@Test
	void theSeniorPractitionersInThePapersAreAllOverTheEarlyHelpThreshold() {
		// North Ormesby 34 and Newport 29 and 28 are all above 26 ("slightly high", as the minutes put it).
		for (int children : new int[] { 34, 29, 28 }) {
			CaseloadFlag flag = check.assess(CaseloadRole.EARLY_HELP_SENIOR_PRACTITIONER, children);
			assertThat(flag.over()).as(children + " children").isTrue();
			assertThat(flag.threshold()).isEqualTo(26);
		}
		assertThat(check.assess(CaseloadRole.EARLY_HELP_SENIOR_PRACTITIONER, 26).over()).isFalse();
	}

	@Test
	void saysInWordsWhereACaseloadStands() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages-caseload");
		messages.setDefaultEncoding("UTF-8");
		assertThat(words(messages, check.assess(CaseloadRole.EARLY_HELP_SENIOR_PRACTITIONER, 34)))
			.isEqualTo("Over threshold: 34 children, threshold 26");
		assertThat(words(messages, check.assess(CaseloadRole.SOCIAL_WORKER, 25)))
			.isEqualTo("Within threshold: 25 children, threshold 25");
		assertThat(words(messages, check.assess(CaseloadRole.EARLY_HELP_PRACTITIONER, 26)))
			.isEqualTo("Within ideal range: 26 children, ideal 25–26");
		assertThat(words(messages, check.assess(CaseloadRole.EARLY_HELP_PRACTITIONER, 1)))
			.isEqualTo("Below ideal range: 1 child, ideal 25–26");
	}

	@Test
	void theTagColourFollowsTheStatusButNeverReplacesTheWords() {
		assertThat(check.assess(CaseloadRole.SOCIAL_WORKER, 30).tagClass()).isEqualTo("govuk-tag--red");
		assertThat(check.assess(CaseloadRole.SOCIAL_WORKER, 20).tagClass()).isEqualTo("govuk-tag--green");
		assertThat(check.assess(CaseloadRole.EARLY_HELP_PRACTITIONER, 20).tagClass()).isEqualTo("govuk-tag--blue");
	}

	@Test
	void configuredThresholdsReplaceTheDefaults() {
		// tracker.caseload.social-worker-max=20, social-worker-ideal-from=18: 17 below, 18–20 ideal, 21 over.
		CaseloadCheck stricter = new CaseloadCheck(new CaseloadThresholds(20, 18, 26, 25, 26, 25));
		assertThat(stricter.assess(CaseloadRole.SOCIAL_WORKER, 17).status()).isEqualTo(FlagStatus.BELOW_IDEAL);
		assertThat(stricter.assess(CaseloadRole.SOCIAL_WORKER, 20).status()).isEqualTo(FlagStatus.WITHIN_IDEAL);
		assertThat(stricter.assess(CaseloadRole.SOCIAL_WORKER, 21).status()).isEqualTo(FlagStatus.OVER);
		assertThat(new CaseloadThresholds(20, 21, 26, 25, 26, 25).isOrdered()).isFalse();
		assertThat(CaseloadThresholds.DEFAULTS.isOrdered()).isTrue();
	}

	private static String words(ResourceBundleMessageSource messages, CaseloadFlag flag) {
		return messages.getMessage(flag.messageKey(), flag.args(), Locale.UK);
	}
}
