package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A chart's axis names each period by what the figure is dated, never with a finer unit than it was recorded in. */
class FrequencyTickLabelTests {

	@Test
	void anAnnualFigureDatedThirtyFirstDecemberIsItsYear() {
		assertThat(Frequency.ANNUAL.tickLabel(LocalDate.of(2021, 12, 31))).isEqualTo("2021");
	}

	@Test
	void aFigureDatedAMonthsLastDayIsThatMonth() {
		assertThat(Frequency.MONTHLY.tickLabel(LocalDate.of(2022, 1, 31))).isEqualTo("Jan 2022");
		// A financial year ending 31 March 2022 is named by the month it ends, not as a calendar year.
		assertThat(Frequency.ANNUAL.tickLabel(LocalDate.of(2022, 3, 31))).isEqualTo("Mar 2022");
	}

	@Test
	void anyOtherDateIsWrittenInFull() {
		assertThat(Frequency.QUARTERLY.tickLabel(LocalDate.of(2022, 1, 17))).isEqualTo("17 Jan 2022");
	}
}
