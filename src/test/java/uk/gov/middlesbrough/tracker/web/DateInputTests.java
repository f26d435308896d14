package uk.gov.middlesbrough.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

class DateInputTests {

	static class Holder {
		private DateInput when = new DateInput();

		public DateInput getWhen() {
			return when;
		}
	}

	private static DateInput input(String day, String month, String year) {
		DateInput input = new DateInput();
		input.setDay(day);
		input.setMonth(month);
		input.setYear(year);
		return input;
	}

	private static String firstErrorCode(DateInput input, boolean required) {
		Holder holder = new Holder();
		holder.when = input;
		Errors errors = new BeanPropertyBindingResult(holder, "holder");
		DateInput.validate(errors, "when", input, "start date", required);
		return errors.hasErrors() ? errors.getFieldError("when").getCode() : null;
	}

	@Test
	void readsARealDateWithSpacesAroundTheNumbers() {
		assertThat(input(" 8", "10 ", "2019").toDate()).contains(LocalDate.of(2019, 10, 8));
	}

	@Test
	void roundTripsADate() {
		DateInput input = DateInput.of(LocalDate.of(2022, 7, 12));
		assertThat(input.getDay()).isEqualTo("12");
		assertThat(input.getMonth()).isEqualTo("7");
		assertThat(input.getYear()).isEqualTo("2022");
		assertThat(input.toDate()).contains(LocalDate.of(2022, 7, 12));
	}

	@Test
	void acceptsTheTwentyNinthOfFebruaryOnlyInALeapYear() {
		assertThat(input("29", "2", "2024").toDate()).isPresent();
		assertThat(input("29", "2", "2023").toDate()).isEmpty();
	}

	@Test
	void refusesATwoDigitYearRatherThanGuessingTheCentury() {
		assertThat(input("1", "1", "22").toDate()).isEmpty();
	}

	@Test
	void saysWhichGovUkMessageApplies() {
		assertThat(firstErrorCode(new DateInput(), true)).isEqualTo("date.required");
		assertThat(firstErrorCode(new DateInput(), false)).isNull();
		assertThat(firstErrorCode(input("1", "", "2022"), true)).isEqualTo("date.incomplete");
		assertThat(firstErrorCode(input("31", "2", "2022"), true)).isEqualTo("date.invalid");
		assertThat(firstErrorCode(input("one", "2", "2022"), true)).isEqualTo("date.invalid");
		assertThat(firstErrorCode(input("28", "2", "2022"), true)).isNull();
	}

	@Test
	void otherScriptsDigitsAreRefusedWithTheirOwnMessage() {
		assertThat(input("٣١", "١٢", "٢٠٢٢").toDate()).isEmpty();
		assertThat(firstErrorCode(input("31", "12", "٢٠٢٢"), true)).isEqualTo("date.digits");
		assertThat(firstErrorCode(input("１２", "3", "2022"), true)).isEqualTo("date.digits");
	}

	@Test
	void aDateBeforeTwoThousandOrAfterNextYearIsOutOfRange() {
		int nextYear = LocalDate.now(AsOf.UK).getYear() + 1;
		assertThat(firstErrorCode(input("31", "12", "1999"), true)).isEqualTo("date.range");
		assertThat(firstErrorCode(input("1", "1", "2000"), true)).isNull();
		assertThat(firstErrorCode(input("31", "12", String.valueOf(nextYear)), true)).isNull();
		assertThat(firstErrorCode(input("1", "1", String.valueOf(nextYear + 1)), true)).isEqualTo("date.range");
		assertThat(firstErrorCode(input("1", "1", "0001"), true)).isEqualTo("date.range");
		assertThat(firstErrorCode(input("1", "1", "-0001"), true)).isEqualTo("date.range");
		assertThat(firstErrorCode(input("1", "1", "22"), true)).isEqualTo("date.invalid");
	}
}
