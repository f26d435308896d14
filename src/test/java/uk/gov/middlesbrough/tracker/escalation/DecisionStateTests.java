package uk.gov.middlesbrough.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecisionStateTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	private static RaisedMark raised(LocalDate on) {
		return new RaisedMark(on, "Raised", "head", Instant.parse("2026-11-03T10:00:00Z"));
	}

	private static DigDecision decided(LocalDate on, LocalDate reviewOn) {
		return new DigDecision(on, "Agreed", "Neighbourhood Manager", reviewOn, null, null, "head",
				Instant.parse("2026-11-10T10:00:00Z"));
	}

	@Test
	void anItemNeverRaisedIsNotRaisedWhateverElse() {
		assertThat(DecisionState.of(null, null, TODAY)).isEqualTo(DecisionState.NOT_RAISED);
	}

	@Test
	void raisedWithNoDecisionOrRaisedAgainAfterTheLastDecisionAwaitsOne() {
		assertThat(DecisionState.of(raised(LocalDate.of(2026, 11, 3)), null, TODAY)).isEqualTo(DecisionState.AWAITING_DECISION);
		// Decided 10 November, raised again 1 December: the new raising awaits its own decision.
		assertThat(DecisionState.of(raised(LocalDate.of(2026, 12, 1)), decided(LocalDate.of(2026, 11, 10), null), TODAY))
			.isEqualTo(DecisionState.AWAITING_DECISION);
		// Decided the same day it was raised again counts as decided.
		assertThat(DecisionState.of(raised(LocalDate.of(2026, 12, 1)), decided(LocalDate.of(2026, 12, 1), null), TODAY))
			.isEqualTo(DecisionState.DECIDED);
	}

	@Test
	void aDecisionIsOverdueForReviewOnlyOnceItsReviewDateHasPassed() {
		RaisedMark mark = raised(LocalDate.of(2026, 11, 3));
		assertThat(DecisionState.of(mark, decided(LocalDate.of(2026, 11, 10), null), TODAY)).isEqualTo(DecisionState.DECIDED);
		assertThat(DecisionState.of(mark, decided(LocalDate.of(2026, 11, 10), TODAY), TODAY)).as("due today")
			.isEqualTo(DecisionState.DECIDED);
		assertThat(DecisionState.of(mark, decided(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 3)), TODAY))
			.isEqualTo(DecisionState.REVIEW_OVERDUE);
	}

	@Test
	void countsWholeDaysFromRaisedToDecided() {
		// 3 November to 10 November 2026: 7 days; 28 October to 3 November crosses the clocks going back: 6 days.
		assertThat(DecisionState.daysToDecide(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 10))).isEqualTo(7);
		assertThat(DecisionState.daysToDecide(LocalDate.of(2026, 10, 28), LocalDate.of(2026, 11, 3))).isEqualTo(6);
		assertThat(DecisionState.daysToDecide(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3))).isZero();
		// Across a year end: 20 December 2026 to 12 January 2027 = 11 + 12 = 23 days.
		assertThat(DecisionState.daysToDecide(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 12))).isEqualTo(23);
	}
}
