package uk.gov.middlesbrough.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ImportDatesTests {

	private static final LocalDate HALLOWEEN = LocalDate.of(2026, 10, 31);

	@Test
	void readsTheWaysTheUkAndExcelWriteADate() {
		assertThat(ImportDates.parse("2026-10-31")).contains(HALLOWEEN);
		assertThat(ImportDates.parse("31/10/2026")).contains(HALLOWEEN);
		assertThat(ImportDates.parse("31/10/26")).contains(HALLOWEEN);
		assertThat(ImportDates.parse("31-Oct-2026")).contains(HALLOWEEN);
		assertThat(ImportDates.parse("31-oct-26")).contains(HALLOWEEN);
		assertThat(ImportDates.parse("31 Oct 2026")).contains(HALLOWEEN);
		assertThat(ImportDates.parse("31 October 2026")).contains(HALLOWEEN);
		assertThat(ImportDates.parse(" 30-Sep-2026 ")).contains(LocalDate.of(2026, 9, 30));
		assertThat(ImportDates.parse("30 Sept 2026")).contains(LocalDate.of(2026, 9, 30));
		assertThat(ImportDates.parse("1/2/2026")).as("day first").contains(LocalDate.of(2026, 2, 1));
	}

	@Test
	void refusesImpossibleAndAmericanDates() {
		assertThat(ImportDates.parse("31/02/2026")).isEmpty();
		assertThat(ImportDates.parse("10/31/2026")).isEmpty();
		assertThat(ImportDates.parse("2026-02-30")).isEmpty();
		assertThat(ImportDates.parse("next Tuesday")).isEmpty();
		assertThat(ImportDates.parse("")).isEmpty();
	}
}
