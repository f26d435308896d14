package uk.gov.middlesbrough.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EscalationTests {

	@Test
	void anAnchorKeepsLettersAndDigits() {
		Escalation item = new Escalation("OVER_THRESHOLD:caseload-post:2:EARLY_HELP_SENIOR_PRACTITIONER:senior practitioner 1",
				new EscalationKind("OVER_THRESHOLD", 50, "govuk-tag--pink"), 2, "North Ormesby", "Post", "Why", "/");
		assertThat(item.anchor())
			.isEqualTo("escalation-over-threshold-caseload-post-2-early-help-senior-practitioner-senior-practitioner-1");
	}

	@Test
	void aKindsKeyStartsWithItsNameAndJoinsThePartsWithColons() {
		assertThat(new EscalationKind("RED_ACTION", 30, "govuk-tag--red").key("action", 123)).isEqualTo("RED_ACTION:action:123");
	}

	@Test
	void aKindsNameIsCapitalsAndUnderscoresBecauseItIsStoredWithMarksAndStartsKeys() {
		assertThatThrownBy(() -> new EscalationKind("red action", 1, "")).isInstanceOf(IllegalArgumentException.class);
		assertThat(new EscalationKind("WARD_FIGURE", 60, "govuk-tag--blue").named(" ward_figure ")).isTrue();
	}
}
