package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.support.Messages;

/** Why the plan module puts an item on the DIG list, in words, and the keys that name its causes. */
class PlanEscalationsTests {

	private final PlanEscalations wording = new PlanEscalations(null, Messages.bundles());

	@Test
	void eachKeyNamesItsKindAndTheIdsOfItsCause() {
		assertThat(PlanEscalations.RED_ACTION.key("action", 123)).isEqualTo("RED_ACTION:action:123");
		assertThat(PlanEscalations.OVERDUE_REVIEW.key("plan", 7)).isEqualTo("OVERDUE_REVIEW:plan:7");
	}

	@Test
	void aRedActionBehindPlanSaysHowFarBehindAndWhenItIsDue() {
		LocalDate start = LocalDate.of(2026, 1, 1);
		LocalDate due = LocalDate.of(2026, 12, 31);
		LocalDate on = LocalDate.of(2026, 10, 1);
		// 1 January to 31 December 2026 is 364 days; by 1 October 273 have passed: 273 / 364 = 75 % expected.
		// 75 − 40 = 35 points behind, more than the red gap of 25.
		ActionRow action = action(40, start, due, RagRule.expectedCompletion(start, due, on));
		assertThat(action.expected()).isEqualTo(75.0);
		assertThat(wording.redAction(action, "Making People Feel Safe", on)).isEqualTo(
				"Red: 40% complete against 75% expected by 1 October 2026; due 31 December 2026 (plan: Making People Feel Safe)");
	}
	@Test
	void aRedActionPastItsDueDateSaysSo() {
		LocalDate start = LocalDate.of(2025, 10, 1);
		LocalDate due = LocalDate.of(2026, 3, 31);
		LocalDate on = LocalDate.of(2026, 4, 1);
		ActionRow action = action(50, start, due, RagRule.expectedCompletion(start, due, on));
		assertThat(wording.redAction(action, "Better Outcomes for Children", on)).isEqualTo(
				"Red: 50% complete and past its due date of 31 March 2026 (plan: Better Outcomes for Children)");
	}
	@Test
	void onItsDueDateAnActionIsNotYetPastDueSoTheSentenceGivesTheGap() {
		LocalDate start = LocalDate.of(2026, 3, 1);
		LocalDate due = LocalDate.of(2026, 3, 31);
		// On the due day 100 % is expected: 100 − 60 = 40 points behind.
		ActionRow action = action(60, start, due, RagRule.expectedCompletion(start, due, due));
		assertThat(wording.redAction(action, "Health", due))
			.isEqualTo("Red: 60% complete against 100% expected by 31 March 2026; due 31 March 2026 (plan: Health)");
	}
	@Test
	void anOverdueReviewGivesTheLastReviewOrSaysThereWasNone() {
		assertThat(wording.overdueReview(plan(LocalDate.of(2026, 8, 12))))
			.isEqualTo("Review overdue: last reviewed on 12 August 2026; plans are reviewed every month");
		assertThat(wording.overdueReview(plan(null))).isEqualTo("Review overdue: no monthly review recorded yet");
	}

	private static ActionRow action(int completion, LocalDate start, LocalDate due, double expected) {
		return new ActionRow(1, 2, "Hold a monthly street surgery", "PCSO", "12 surgeries", start, due, completion,
				BigDecimal.ONE, ActionStatus.ACTIVE, RagStatus.RED, expected, null, false);
	}

	private static PlanSummary plan(LocalDate lastReviewed) {
		return new PlanSummary(7, 2, "Housing and Empty Homes", 8, null, null, null, null, null, RagCounts.NONE,
				ReviewStatus.OVERDUE, lastReviewed, 0, false);
	}
}
