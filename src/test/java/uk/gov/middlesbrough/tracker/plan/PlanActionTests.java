package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.middlesbrough.tracker.support.Aggregates.events;
import static uk.gov.middlesbrough.tracker.support.Aggregates.withId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An action changes state only through its own methods, which refuse what cannot happen, give the history entry
 * holding the state after the change and register the change's event.
 */
class PlanActionTests {

	private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

	private final PlanAction action = withId(new PlanAction(5, details(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))),
			12);

	private static SmartDetails details(LocalDate start, LocalDate due) {
		return new SmartDetails("Hold a monthly street surgery", "Surgeries held", "12", null, "PCSO", "Cleveland Police",
				null, "Making People Feel Safe", start, due, BigDecimal.ONE);
	}

	@Test
	void recordingProgressWritesTheOldAndNewPercentToTheHistoryAndAnnouncesIt() {
		action.recordProgress(40, "Four surgeries held", "manager", NOON);
		ActionHistoryEntry entry = action.recordProgress(65, "Two more held", "manager", NOON.plusSeconds(60));

		assertThat(action.getCompletion()).isEqualTo(65);
		assertThat(entry).extracting("planActionId", "kind", "oldCompletion", "completion", "recordedBy", "commentary")
			.containsExactly(12L, HistoryKind.PROGRESS, 40, 65, "manager", "Two more held");
		assertThat(events(action)).containsExactly(new ProgressRecorded(12, 5, 0, 40, "manager", NOON),
				new ProgressRecorded(12, 5, 40, 65, "manager", NOON.plusSeconds(60)));
	}

	@Test
	void completionStaysWithinNoughtToAHundred() {
		assertThatThrownBy(() -> action.recordProgress(101, "Too far", "manager", NOON))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> action.recordProgress(-1, "Backwards", "manager", NOON))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(action.getCompletion()).isZero();
		assertThat(events(action)).isEmpty();
		assertThat(action.recordProgress(100, "Done", "manager", NOON)).extracting("oldCompletion", "completion")
			.containsExactly(0, 100);
	}

	@Test
	void aCancelledActionTakesNoProgressUntilReinstated() {
		action.cancel("Funding withdrawn", "manager", NOON);

		assertThatThrownBy(() -> action.recordProgress(10, "Started anyway", "manager", NOON))
			.isInstanceOf(ActionTransitionRefused.class)
			.extracting("messageKey").isEqualTo("action.progress.cancelled");

		action.reinstate("Funding found", "manager", NOON);
		action.recordProgress(10, "Started again", "manager", NOON);
		assertThat(action.getCompletion()).isEqualTo(10);
	}

	@Test
	void cancellingACancelledActionIsRefused() {
		ActionHistoryEntry entry = action.cancel("Funding withdrawn", "manager", NOON);
		assertThat(entry).extracting("kind", "status", "commentary")
			.containsExactly(HistoryKind.CANCELLED, ActionStatus.CANCELLED, "Funding withdrawn");

		assertThatThrownBy(() -> action.cancel("Again", "manager", NOON)).isInstanceOf(ActionTransitionRefused.class)
			.hasMessage("The action is already cancelled")
			.extracting("messageKey").isEqualTo("action.cancel.alreadyCancelled");
		assertThat(events(action)).containsExactly(new ActionCancelled(12, 5, "Funding withdrawn", "manager", NOON));
	}

	@Test
	void reinstatingAnActiveActionIsRefused() {
		assertThatThrownBy(() -> action.reinstate("Funding found", "manager", NOON)).isInstanceOf(ActionTransitionRefused.class)
			.hasMessage("Only a cancelled action can be reinstated")
			.extracting("messageKey").isEqualTo("action.reinstate.notCancelled");
		assertThat(action.getStatus()).isEqualTo(ActionStatus.ACTIVE);
		assertThat(events(action)).isEmpty();
	}

	@Test
	void reinstatingACancelledActionMakesItCountAgain() {
		action.cancel(null, "manager", NOON);
		ActionHistoryEntry entry = action.reinstate("Funding found", "head", NOON.plusSeconds(5));

		assertThat(action.getStatus()).isEqualTo(ActionStatus.ACTIVE);
		assertThat(entry).extracting("kind", "status", "recordedBy", "commentary")
			.containsExactly(HistoryKind.REINSTATED, ActionStatus.ACTIVE, "head", "Funding found");
		assertThat(events(action)).last().isEqualTo(new ActionReinstated(12, 5, "head", NOON.plusSeconds(5)));
	}

	@Test
	void theFirstEntryAndAnEditKeepTheStateAfterThemWithoutAnEvent() {
		assertThat(action.added("manager", NOON)).extracting("kind", "completion", "dueDate")
			.containsExactly(HistoryKind.CREATED, 0, LocalDate.of(2026, 12, 31));
		ActionHistoryEntry edit = action.revise(details(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 31)), "Contractor delayed",
				"manager", NOON);
		assertThat(edit).extracting("kind", "dueDate", "commentary")
			.containsExactly(HistoryKind.EDITED, LocalDate.of(2027, 3, 31), "Contractor delayed");
		assertThat(events(action)).isEmpty();
	}

	@Test
	void theDueDateCannotComeBeforeTheStart() {
		assertThatThrownBy(() -> new PlanAction(1, details(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> action.revise(details(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31)), null, "manager", NOON))
			.isInstanceOf(IllegalArgumentException.class);
		PlanAction sameDay = new PlanAction(1, details(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)));
		assertThat(sameDay.getStatus()).isEqualTo(ActionStatus.ACTIVE);
	}
}
