package uk.gov.middlesbrough.tracker.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The paper's timescales (reference/002) and the target dates worked out from them by hand. */
class TimescaleTests {

	@Test
	void aMonthAndYearGiveTheLastDayOfThatMonth() {
		assertThat(Timescale.targetDate("December 2022", null)).isEqualTo(LocalDate.of(2022, 12, 31));
		assertThat(Timescale.targetDate("August 2022", null)).isEqualTo(LocalDate.of(2022, 8, 31));
		assertThat(Timescale.targetDate("April 2023", null)).isEqualTo(LocalDate.of(2023, 4, 30));
		assertThat(Timescale.targetDate("Jan 2023", null)).isEqualTo(LocalDate.of(2023, 1, 31));
		assertThat(Timescale.targetDate("Sept. 2022", null)).isEqualTo(LocalDate.of(2022, 9, 30));
	}

	@Test
	void februaryEndsOnTheTwentyNinthInALeapYear() {
		assertThat(Timescale.targetDate("February 2024", null)).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(Timescale.targetDate("February 2023", null)).isEqualTo(LocalDate.of(2023, 2, 28));
	}

	@Test
	void wordsAroundTheMonthAreAllowedAndTheLastMonthNamedCounts() {
		assertThat(Timescale.targetDate("To be considered for existing partnerships by September 2022", null))
			.isEqualTo(LocalDate.of(2022, 9, 30));
		assertThat(Timescale.targetDate("Start June 2022, report by March 2023", null)).isEqualTo(LocalDate.of(2023, 3, 31));
	}

	@Test
	void wordsWithoutAMonthAndYearGiveNoDate() {
		assertThat(Timescale.targetDate("To be determined by the Evaluation report", null)).isNull();
		assertThat(Timescale.targetDate("Decimal 2022", null)).isNull();
		assertThat(Timescale.targetDate("December", null)).isNull();
		assertThat(Timescale.targetDate(null, null)).isNull();
	}

	@Test
	void aTargetDateGivenIsKeptWhateverTheWordsSay() {
		assertThat(Timescale.targetDate("December 2022", LocalDate.of(2022, 12, 16))).isEqualTo(LocalDate.of(2022, 12, 16));
	}
}
