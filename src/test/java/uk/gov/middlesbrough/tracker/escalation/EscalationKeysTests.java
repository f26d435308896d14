package uk.gov.middlesbrough.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.caseload.CaseloadRole;

class EscalationKeysTests {

	@Test
	void eachKeyNamesItsKindAndTheIdsOfItsCause() {
		assertThat(EscalationKeys.redAction(123)).isEqualTo("RED_ACTION:action:123");
		assertThat(EscalationKeys.worsening(4, 2)).isEqualTo("WORSENING:indicator:4:locality:2");
		assertThat(EscalationKeys.offTarget(4, 2)).isEqualTo("OFF_TARGET:indicator:4:locality:2");
		assertThat(EscalationKeys.overdueReview(7)).isEqualTo("OVERDUE_REVIEW:plan:7");
	}

	@Test
	void aPostIsTheSamePostWhateverTheCaseOrSpacesOfItsLabel() {
		assertThat(EscalationKeys.overThreshold(2, CaseloadRole.EARLY_HELP_SENIOR_PRACTITIONER, " Senior Practitioner 1 "))
			.isEqualTo("OVER_THRESHOLD:caseload-post:2:EARLY_HELP_SENIOR_PRACTITIONER:senior practitioner 1")
			.isEqualTo(EscalationKeys.overThreshold(2, CaseloadRole.EARLY_HELP_SENIOR_PRACTITIONER, "senior practitioner 1"));
	}

	@Test
	void anAnchorKeepsLettersAndDigits() {
		assertThat(EscalationKeys.anchor("OVER_THRESHOLD:caseload-post:2:EARLY_HELP_SENIOR_PRACTITIONER:senior practitioner 1"))
			.isEqualTo("escalation-over-threshold-caseload-post-2-early-help-senior-practitioner-senior-practitioner-1");
	}
}
