package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An action changes state only through its own methods, which refuse what cannot happen. */
class PlanActionTests {

	private static PlanAction action() {
		return new PlanAction(1, details(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
	}

	private static SmartDetails details(LocalDate start, LocalDate due) {
		return new SmartDetails("Hold a monthly street surgery", "Surgeries held", "12", null, "PCSO", "Cleveland Police",
				null, "Making People Feel Safe", start, due, BigDecimal.ONE);
	}

	@Test
	void recordingProgressReturnsWhatTheCompletionWas() {
		PlanAction action = action();
		assertThat(action.recordProgress(40)).isZero();
		assertThat(action.recordProgress(65)).isEqualTo(40);
		assertThat(action.getCompletion()).isEqualTo(65);
	}

	@Test
	void completionStaysWithinNoughtToAHundred() {
		PlanAction action = action();
		assertThatThrownBy(() -> action.recordProgress(101)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> action.recordProgress(-1)).isInstanceOf(IllegalArgumentException.class);
		assertThat(action.recordProgress(100)).isZero();
	}

	@Test
	void aCancelledActionTakesNoProgressAndCannotBeCancelledAgain() {
		PlanAction action = action();
		action.cancel();
		assertThat(action.getStatus()).isEqualTo(ActionStatus.CANCELLED);
		assertThatThrownBy(() -> action.recordProgress(50)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(action::cancel).isInstanceOf(IllegalStateException.class)
			.hasMessage("The action is already cancelled");
	}

	@Test
	void onlyACancelledActionCanBeReinstated() {
		PlanAction action = action();
		assertThatThrownBy(action::reinstate).isInstanceOf(IllegalStateException.class)
			.hasMessage("Only a cancelled action can be reinstated");
		action.cancel();
		action.reinstate();
		assertThat(action.getStatus()).isEqualTo(ActionStatus.ACTIVE);
		assertThat(action.recordProgress(10)).isZero();
	}

	@Test
	void theDueDateCannotComeBeforeTheStart() {
		assertThatThrownBy(() -> new PlanAction(1, details(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31))))
			.isInstanceOf(IllegalArgumentException.class);
		PlanAction sameDay = new PlanAction(1, details(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)));
		assertThat(sameDay.getStatus()).isEqualTo(ActionStatus.ACTIVE);
	}
}
