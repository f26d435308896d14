package uk.gov.middlesbrough.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** Numbers and dates read from imported cells: digits 0 to 9 only, dates within the service's years. */
class RowErrorsTests {

	private final RowErrors errors = new RowErrors();

	private static CsvRow row(String value) {
		return new CsvRow(2, Map.of("cell", value));
	}

	private String problem() {
		return errors.list().isEmpty() ? null : errors.list().get(0).messageKey();
	}

	@Test
	void numbersInOtherScriptsDigitsAreRefused() {
		assertThat(errors.number(row("٢٠٢٢"), "cell")).isNull();
		assertThat(problem()).isEqualTo("import.error.digits");
		assertThat(new RowErrors().wholeNumber(row("１２"), "cell", false)).isNull();
	}

	@Test
	void plainNumbersWithASignOrSpacesAreRead() {
		assertThat(errors.number(row("2022"), "cell")).isEqualByComparingTo("2022");
		assertThat(errors.number(row("+12"), "cell")).isEqualByComparingTo("12");
		assertThat(errors.wholeNumber(row(" 12 "), "cell", false)).isEqualTo(12);
		assertThat(errors.number(row("68.65"), "cell")).isEqualTo(new BigDecimal("68.65"));
		assertThat(errors.isEmpty()).isTrue();
	}

	@Test
	void datesBeforeTwoThousandOrAfterNextYearAreOutOfRange() {
		int nextYear = LocalDate.now(AsOf.UK).getYear() + 1;
		assertThat(errors.date(row("1999-12-31"), "cell")).isNull();
		assertThat(problem()).isEqualTo("import.error.dateRange");
		assertThat(errors.list().get(0).args()).containsExactly("cell", String.valueOf(nextYear));
		for (String outside : new String[] { "0001-01-01", "-0001-01-01", "+10000-01-01", "01/01/" + (nextYear + 1) }) {
			RowErrors these = new RowErrors();
			assertThat(these.date(row(outside), "cell")).as(outside).isNull();
			assertThat(these.list()).as(outside).extracting(RowError::messageKey).containsExactly("import.error.dateRange");
		}
		RowErrors fine = new RowErrors();
		assertThat(fine.date(row("01/01/2000"), "cell")).isEqualTo(LocalDate.of(2000, 1, 1));
		assertThat(fine.date(row("31-Dec-" + nextYear), "cell")).isEqualTo(LocalDate.of(nextYear, 12, 31));
		assertThat(fine.isEmpty()).isTrue();
	}

	@Test
	void aDateInOtherScriptsDigitsIsRefused() {
		assertThat(errors.date(row("٢٠٢٢-٠١-٠١"), "cell")).isNull();
		assertThat(problem()).isEqualTo("import.error.digits");
	}
}
