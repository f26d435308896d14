package uk.gov.middlesbrough.tracker.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked days around Monday 23 November 2026 with the default of 6 weeks: 6 × 7 = 42 days ahead is
 * 23 Nov + 7 (to 30 Nov) + 31 (December) + 4 = 4 January 2027.
 */
class FlagRuleTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
	private static final LocalDate SIX_WEEKS_AHEAD = LocalDate.of(2027, 1, 4);

	private final FlagRule rule = new FlagRule(ScrutinySettings.DEFAULTS);

	@Test
	void aResponseIsNotOverdueOnItsTargetDateItself() {
		assertThat(rule.flags(RecommendationStatus.IN_PROGRESS, TODAY, null, TODAY)).isEmpty();
	}

	@Test
	void aResponseIsOverdueTheDayAfterItsTargetDateUnlessCompletedOrNotAccepted() {
		LocalDate yesterday = LocalDate.of(2026, 11, 22);
		assertThat(rule.flags(RecommendationStatus.IN_PROGRESS, yesterday, null, TODAY))
			.containsExactly(new Flag(ScrutinyFlag.RESPONSE_OVERDUE, yesterday));
		assertThat(rule.flags(RecommendationStatus.NOT_STARTED, yesterday, null, TODAY))
			.containsExactly(new Flag(ScrutinyFlag.RESPONSE_OVERDUE, yesterday));
		assertThat(rule.flags(RecommendationStatus.COMPLETED, yesterday, null, TODAY)).isEmpty();
		assertThat(rule.flags(RecommendationStatus.NOT_ACCEPTED, yesterday, null, TODAY)).isEmpty();
	}

	@Test
	void aTimescaleInWordsOnlyIsNeverOverdue() {
		// "To be determined by the Evaluation report": no target date.
		assertThat(rule.flags(RecommendationStatus.IN_PROGRESS, null, null, TODAY)).isEmpty();
	}

	@Test
	void theDemoResponseDueInJanuary2023IsOverdueNowAndSoIsItsReportBack() {
		// j): target and report back 31 January 2023, still in progress on 23 November 2026 (its update of 14 February
		// 2023 says the report has not been submitted).
		LocalDate january = LocalDate.of(2023, 1, 31);
		assertThat(rule.flags(RecommendationStatus.IN_PROGRESS, january, january, TODAY)).containsExactly(
				new Flag(ScrutinyFlag.RESPONSE_OVERDUE, january), new Flag(ScrutinyFlag.REPORT_BACK_OVERDUE, january));
	}

	@Test
	void aReportBackExactlySixWeeksAheadIsDueAndOneDayLaterIsNot() {
		assertThat(rule.flags(RecommendationStatus.COMPLETED, null, SIX_WEEKS_AHEAD, TODAY))
			.containsExactly(new Flag(ScrutinyFlag.REPORT_BACK_DUE, SIX_WEEKS_AHEAD));
		assertThat(rule.flags(RecommendationStatus.COMPLETED, null, SIX_WEEKS_AHEAD.plusDays(1), TODAY)).isEmpty();
	}

	@Test
	void aReportBackIsDueOnItsDayAndNotAfterIt() {
		assertThat(rule.flags(RecommendationStatus.IN_PROGRESS, null, TODAY, TODAY))
			.containsExactly(new Flag(ScrutinyFlag.REPORT_BACK_DUE, TODAY));
		// The day after: overdue while the recommendation is open; a closed one has been reported on or no longer needs it.
		LocalDate yesterday = TODAY.minusDays(1);
		assertThat(rule.flags(RecommendationStatus.IN_PROGRESS, null, yesterday, TODAY))
			.containsExactly(new Flag(ScrutinyFlag.REPORT_BACK_OVERDUE, yesterday));
		assertThat(rule.flags(RecommendationStatus.NOT_STARTED, null, yesterday, TODAY))
			.containsExactly(new Flag(ScrutinyFlag.REPORT_BACK_OVERDUE, yesterday));
		assertThat(rule.flags(RecommendationStatus.COMPLETED, null, yesterday, TODAY)).isEmpty();
		assertThat(rule.flags(RecommendationStatus.NOT_ACCEPTED, null, yesterday, TODAY)).isEmpty();
	}

	@Test
	void theWeeksComeFromTheSettings() {
		// 2 weeks: 23 Nov + 14 = 7 December 2026 is the last day flagged.
		FlagRule twoWeeks = new FlagRule(new ScrutinySettings(2));
		assertThat(twoWeeks.flags(RecommendationStatus.COMPLETED, null, LocalDate.of(2026, 12, 7), TODAY)).hasSize(1);
		assertThat(twoWeeks.flags(RecommendationStatus.COMPLETED, null, LocalDate.of(2026, 12, 8), TODAY)).isEmpty();
		// 0 weeks: only on the day itself.
		FlagRule sameDay = new FlagRule(new ScrutinySettings(0));
		assertThat(sameDay.flags(RecommendationStatus.COMPLETED, null, TODAY, TODAY)).hasSize(1);
		assertThat(sameDay.flags(RecommendationStatus.COMPLETED, null, TODAY.plusDays(1), TODAY)).isEmpty();
	}

	@Test
	void anOverdueResponseCanAlsoHaveAReportBackDue() {
		LocalDate target = LocalDate.of(2026, 10, 31);
		LocalDate reportBack = LocalDate.of(2026, 12, 15);
		assertThat(rule.flags(RecommendationStatus.IN_PROGRESS, target, reportBack, TODAY)).containsExactly(
				new Flag(ScrutinyFlag.RESPONSE_OVERDUE, target), new Flag(ScrutinyFlag.REPORT_BACK_DUE, reportBack));
	}
}
