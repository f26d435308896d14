package uk.gov.middlesbrough.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SaneInputTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

	@Test
	void theServicesYearsRunFromTheFirstOf2000ToTheEndOfNextYear() {
		LocalDate latest = SaneInput.latest(TODAY);
		assertThat(latest).isEqualTo(LocalDate.of(2027, 12, 31));
		assertThat(SaneInput.inRange(LocalDate.of(1999, 12, 31), latest)).isFalse();
		assertThat(SaneInput.inRange(LocalDate.of(2000, 1, 1), latest)).isTrue();
		assertThat(SaneInput.inRange(LocalDate.of(2027, 12, 31), latest)).isTrue();
		assertThat(SaneInput.inRange(LocalDate.of(2028, 1, 1), latest)).isFalse();
		assertThat(SaneInput.inRange(LocalDate.of(1, 1, 1), latest)).isFalse();
		assertThat(SaneInput.inRange(LocalDate.of(-999_999_999, 1, 1), latest)).isFalse();
	}

	@Test
	void plannedDatesMayRunTenYearsAhead() {
		LocalDate latest = SaneInput.latestPlanned(TODAY);
		assertThat(latest).isEqualTo(LocalDate.of(2036, 12, 31));
		assertThat(SaneInput.inRange(LocalDate.of(2028, 6, 30), latest)).isTrue();
		assertThat(SaneInput.inRange(LocalDate.of(2037, 1, 1), latest)).isFalse();
		assertThat(SaneInput.inRange(LocalDate.of(1999, 12, 31), latest)).isFalse();
	}

	@Test
	void onlyTheDigitsZeroToNineAreNumbers() {
		assertThat(SaneInput.plainDigits("2022")).isTrue();
		assertThat(SaneInput.plainDigits("٢٠٢٢")).as("Arabic-Indic").isFalse();
		assertThat(SaneInput.plainDigits("۲۰۲۲")).as("Extended Arabic-Indic").isFalse();
		assertThat(SaneInput.plainDigits("１２")).as("full-width").isFalse();
		assertThat(SaneInput.plainDigits("2０22")).as("one full-width digit among ASCII ones").isFalse();
		assertThat(SaneInput.plainDigits("२०")).as("Devanagari").isFalse();
	}

	@Test
	void aSignSpacesAndSeparatorsAreLeftToTheNumbersOwnRules() {
		assertThat(SaneInput.plainDigits("+12")).isTrue();
		assertThat(SaneInput.plainDigits(" 12 ")).isTrue();
		assertThat(SaneInput.plainDigits("-3.5")).isTrue();
		assertThat(SaneInput.plainDigits("1,234")).isTrue();
		assertThat(SaneInput.plainDigits("31-Oct-2026")).isTrue();
		assertThat(SaneInput.plainDigits(null)).isTrue();
	}
}
