package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** On 23 November 2026 the last calendar month is October 2026. */
class ReviewStatusTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
	private static final LocalDate LONG_AGO = LocalDate.of(2021, 10, 1);

	@Test
	void aReviewThisMonthOrLastMonthIsUpToDate() {
		assertThat(ReviewStatus.of(LocalDate.of(2026, 11, 2), LONG_AGO, TODAY)).isEqualTo(ReviewStatus.REVIEWED);
		assertThat(ReviewStatus.of(LocalDate.of(2026, 10, 1), LONG_AGO, TODAY)).isEqualTo(ReviewStatus.REVIEWED);
	}

	@Test
	void aLastReviewBeforeLastMonthIsOverdue() {
		assertThat(ReviewStatus.of(LocalDate.of(2026, 9, 30), LONG_AGO, TODAY)).isEqualTo(ReviewStatus.OVERDUE);
	}

	@Test
	void aPlanNeverReviewedIsOverdueOnceItIsOlderThanLastMonth() {
		assertThat(ReviewStatus.of(null, LONG_AGO, TODAY)).isEqualTo(ReviewStatus.OVERDUE);
		assertThat(ReviewStatus.of(null, LocalDate.of(2026, 10, 1), TODAY)).isEqualTo(ReviewStatus.NOT_YET_DUE);
		assertThat(ReviewStatus.of(null, LocalDate.of(2026, 9, 30), TODAY)).isEqualTo(ReviewStatus.OVERDUE);
	}

	@Test
	void januaryLooksBackToDecemberOfThePreviousYear() {
		LocalDate january = LocalDate.of(2027, 1, 5);
		assertThat(ReviewStatus.of(LocalDate.of(2026, 12, 1), LONG_AGO, january)).isEqualTo(ReviewStatus.REVIEWED);
		assertThat(ReviewStatus.of(LocalDate.of(2026, 11, 30), LONG_AGO, january)).isEqualTo(ReviewStatus.OVERDUE);
	}
}
