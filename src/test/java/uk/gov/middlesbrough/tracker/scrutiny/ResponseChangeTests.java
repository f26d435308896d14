package uk.gov.middlesbrough.tracker.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResponseChangeTests {

	private static final ExecutiveResponse D = new ExecutiveResponse("If the figure is reported to Panel in 6 months",
			"The number of children and young people in the care of the local authority ... presented to scrutiny.",
			"Head of Children Looked After and Permanence", "No additional finances required", null, "March 2023",
			LocalDate.of(2023, 3, 31), LocalDate.of(2023, 3, 31));

	@Test
	void aNewReportBackDateIsShownWithItsOldAndNewDates() {
		ExecutiveResponse later = new ExecutiveResponse(D.comment(), D.proposedAction(), D.responsiblePost(), D.budgetText(),
				null, D.timescaleText(), D.targetDate(), LocalDate.of(2026, 12, 21));
		assertThat(ResponseChange.between(D, later)).containsExactly(
				new ResponseChange("scrutiny.field.reportBackOn", "31 March 2023", "21 December 2026", false));
	}

	@Test
	void longWordsAreOnlySaidToHaveChangedAndMissingValuesAreNull() {
		ExecutiveResponse changed = new ExecutiveResponse("A new comment", D.proposedAction(), D.responsiblePost(),
				D.budgetText(), new BigDecimal("28500.00"), D.timescaleText(), D.targetDate(), D.reportBackOn());
		assertThat(ResponseChange.between(D, changed)).containsExactly(
				new ResponseChange("scrutiny.field.comment", null, null, true),
				new ResponseChange("scrutiny.field.budgetAmount", null, "£28,500.00", false));
	}

	@Test
	void aDecisionIsShownInWordsFromNoneAndItsReasonsAsChanged() {
		ExecutiveResponse rejected = new ExecutiveResponse(D.comment(), D.proposedAction(), D.responsiblePost(),
				D.budgetText(), null, D.timescaleText(), D.targetDate(), D.reportBackOn(), ResponseDecision.REJECTED,
				"Not affordable");
		assertThat(ResponseChange.between(D, rejected)).containsExactly(
				new ResponseChange("scrutiny.field.decision", null, "scrutiny.decision.REJECTED", false, true),
				new ResponseChange("scrutiny.field.decisionReasons", null, null, true));
	}

	@Test
	void anUnchangedResponseHasNoChanges() {
		assertThat(ResponseChange.between(D, D)).isEmpty();
	}
}
