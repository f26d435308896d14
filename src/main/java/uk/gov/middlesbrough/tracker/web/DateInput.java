package uk.gov.middlesbrough.tracker.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The three boxes of a GOV.UK date input (day, month, year) as typed, so that a bad date is shown back
 * exactly as entered. Forms hold one per date; {@link #validate} gives the GOV.UK messages.
 */
public class DateInput {

	private String day;
	private String month;
	private String year;

	public DateInput() {
	}

	public static DateInput of(LocalDate date) {
		DateInput input = new DateInput();
		if (date != null) {
			input.day = String.valueOf(date.getDayOfMonth());
			input.month = String.valueOf(date.getMonthValue());
			input.year = String.valueOf(date.getYear());
		}
		return input;
	}

	public boolean isBlank() {
		return blank(day) && blank(month) && blank(year);
	}

	/** The date, if the three parts make a real date (with a four-digit year from 1000). */
	public Optional<LocalDate> toDate() {
		return parse().filter(date -> date.getYear() >= 1000 && date.getYear() <= 9999);
	}

	/** The date the three parts name, in any year written with four digits or more (0001, -0001, 10000). */
	private Optional<LocalDate> parse() {
		if (!SaneInput.plainDigits(day) || !SaneInput.plainDigits(month) || !SaneInput.plainDigits(year)
				|| year == null || year.strip().replace("-", "").replace("+", "").length() < 4) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
					Integer.parseInt(day.strip())));
		}
		catch (NumberFormatException | NullPointerException | DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Rejects {@code field} with codes {@code date.required} / {@code date.incomplete} / {@code date.digits} /
	 * {@code date.invalid} / {@code date.range} (outside {@link SaneInput}'s range for dates of what happened), each
	 * given the field's name in words as argument {0}.
	 */
	public static void validate(Errors errors, String field, DateInput input, String nameInWords, boolean required) {
		validate(errors, field, input, nameInWords, required, SaneInput.latest(LocalDate.now(AsOf.UK)));
	}

	/** As {@link #validate}, for a planned date (a due date, a target): up to {@link SaneInput#latestPlanned}. */
	public static void validatePlanned(Errors errors, String field, DateInput input, String nameInWords, boolean required) {
		validate(errors, field, input, nameInWords, required, SaneInput.latestPlanned(LocalDate.now(AsOf.UK)));
	}

	private static void validate(Errors errors, String field, DateInput input, String nameInWords, boolean required,
			LocalDate latest) {
		if (input == null || input.isBlank()) {
			if (required) {
				errors.rejectValue(field, "date.required", new Object[] { nameInWords }, "Enter the date");
			}
			return;
		}
		if (blank(input.day) || blank(input.month) || blank(input.year)) {
			errors.rejectValue(field, "date.incomplete", new Object[] { nameInWords }, "Date must include a day, month and year");
		}
		else if (!SaneInput.plainDigits(input.day) || !SaneInput.plainDigits(input.month) || !SaneInput.plainDigits(input.year)) {
			errors.rejectValue(field, "date.digits", new Object[] { nameInWords }, "Date must be written with the digits 0 to 9");
		}
		else if (input.parse().isEmpty()) {
			errors.rejectValue(field, "date.invalid", new Object[] { nameInWords }, "Date must be a real date");
		}
		else if (!SaneInput.inRange(input.parse().orElseThrow(), latest)) {
			errors.rejectValue(field, "date.range", new Object[] { nameInWords, String.valueOf(latest.getYear()) },
					"Date must be between 1 January 2000 and 31 December " + latest.getYear());
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getDay() {
		return day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public String getMonth() {
		return month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public String getYear() {
		return year;
	}

	public void setYear(String year) {
		this.year = year;
	}
}
