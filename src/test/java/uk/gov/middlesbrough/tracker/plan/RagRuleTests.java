package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Worked by hand. The 100-day action runs from 1 January 2026 to 11 April 2026 (100 days), so on
 * 1 January + n days exactly n % of its time has elapsed.
 */
class RagRuleTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 1);
	private static final LocalDate DUE = LocalDate.of(2026, 4, 11);
	private final RagRule rule = new RagRule(RagThresholds.DEFAULTS);

	private static LocalDate day(int n) {
		return START.plusDays(n);
	}

	@Test
	void expectedCompletionIsTheShareOfTimeElapsed() {
		assertThat(RagRule.expectedCompletion(START, DUE, day(0))).isEqualTo(0);
		assertThat(RagRule.expectedCompletion(START, DUE, day(40))).isEqualTo(40);
		assertThat(RagRule.expectedCompletion(START, DUE, DUE)).isEqualTo(100);
		assertThat(RagRule.expectedCompletion(START, DUE, DUE.plusDays(30))).isEqualTo(100);
		assertThat(RagRule.expectedCompletion(START, DUE, START.minusDays(5))).isEqualTo(0);
		// 1 of 3 days: 33.33 %
		assertThat(RagRule.expectedCompletion(START, START.plusDays(3), day(1))).isCloseTo(33.333, within(0.001));
	}

	@Test
	void isGreenWhenOnOrAheadOfSchedule() {
		assertThat(rule.assess(START, DUE, 40, day(40))).isEqualTo(RagStatus.GREEN);
		assertThat(rule.assess(START, DUE, 90, day(40))).isEqualTo(RagStatus.GREEN);
		assertThat(rule.assess(START, DUE, 0, day(0))).isEqualTo(RagStatus.GREEN);
	}

	@Test
	void staysGreenAtExactlyTenPointsBehindAndTurnsAmberJustBeyond() {
		// expected 50 on day 50
		assertThat(rule.assess(START, DUE, 40, day(50))).isEqualTo(RagStatus.GREEN);
		assertThat(rule.assess(START, DUE, 39, day(50))).isEqualTo(RagStatus.AMBER);
	}

	@Test
	void staysAmberAtExactlyTwentyFivePointsBehindAndTurnsRedJustBeyond() {
		assertThat(rule.assess(START, DUE, 25, day(50))).isEqualTo(RagStatus.AMBER);
		assertThat(rule.assess(START, DUE, 24, day(50))).isEqualTo(RagStatus.RED);
	}

	@Test
	void onTheDueDateTheWholeTimeHasElapsedButItIsNotYetPastDue() {
		// expected 100: 90 is 10 behind (Green), 89 is 11 behind (Amber), 75 is 25 behind (Amber), 74 is Red
		assertThat(rule.assess(START, DUE, 90, DUE)).isEqualTo(RagStatus.GREEN);
		assertThat(rule.assess(START, DUE, 89, DUE)).isEqualTo(RagStatus.AMBER);
		assertThat(rule.assess(START, DUE, 75, DUE)).isEqualTo(RagStatus.AMBER);
		assertThat(rule.assess(START, DUE, 74, DUE)).isEqualTo(RagStatus.RED);
	}

	@Test
	void isRedTheDayAfterTheDueDateUnlessComplete() {
		assertThat(rule.assess(START, DUE, 99, DUE.plusDays(1))).isEqualTo(RagStatus.RED);
		assertThat(rule.assess(START, DUE, 100, DUE.plusDays(1))).isEqualTo(RagStatus.COMPLETE);
	}

	@Test
	void anActionStartingAndDueOnTheSameDay() {
		LocalDate sameDay = LocalDate.of(2026, 3, 1);
		assertThat(rule.assess(sameDay, sameDay, 0, sameDay.minusDays(1))).isEqualTo(RagStatus.NOT_STARTED);
		assertThat(rule.assess(sameDay, sameDay, 95, sameDay)).isEqualTo(RagStatus.GREEN);
		assertThat(rule.assess(sameDay, sameDay, 50, sameDay)).isEqualTo(RagStatus.RED);
		assertThat(rule.assess(sameDay, sameDay, 100, sameDay)).isEqualTo(RagStatus.COMPLETE);
		assertThat(rule.assess(sameDay, sameDay, 95, sameDay.plusDays(1))).isEqualTo(RagStatus.RED);
	}

	@Test
	void isNotStartedWhileTheStartDateIsInTheFuture() {
		assertThat(rule.assess(START, DUE, 0, START.minusDays(1))).isEqualTo(RagStatus.NOT_STARTED);
		assertThat(rule.assess(START, DUE, 30, START.minusDays(1))).isEqualTo(RagStatus.NOT_STARTED);
	}

	@Test
	void isCompleteAtOneHundredPercentEvenEarly() {
		assertThat(rule.assess(START, DUE, 100, day(3))).isEqualTo(RagStatus.COMPLETE);
		assertThat(rule.assess(START, DUE, 100, START.minusDays(10))).isEqualTo(RagStatus.COMPLETE);
	}

	@Test
	void usesTheConfiguredThresholds() {
		RagRule strict = new RagRule(new RagThresholds(5, 15));
		// day 50: expected 50
		assertThat(strict.assess(START, DUE, 45, day(50))).isEqualTo(RagStatus.GREEN);
		assertThat(strict.assess(START, DUE, 44, day(50))).isEqualTo(RagStatus.AMBER);
		assertThat(strict.assess(START, DUE, 35, day(50))).isEqualTo(RagStatus.AMBER);
		assertThat(strict.assess(START, DUE, 34, day(50))).isEqualTo(RagStatus.RED);
	}

	@Test
	void thresholdsMustBeOrdered() {
		assertThat(new RagThresholds(10, 25).isOrdered()).isTrue();
		assertThat(new RagThresholds(30, 25).isOrdered()).isFalse();
	}
}
