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

	/** The date, if the three parts make a real date. */
	public Optional<LocalDate> toDate() {
		try {
			int y = Integer.parseInt(year.trim());
			if (y < 1000 || y > 9999) {
				return Optional.empty();
			}
			return Optional.of(LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim())));
		}
		catch (NumberFormatException | NullPointerException | DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Rejects {@code field} with codes {@code date.required} / {@code date.incomplete} / {@code date.invalid},
	 * each given the field's name in words as argument {0}.
	 */
	public static void validate(Errors errors, String field, DateInput input, String nameInWords, boolean required) {
		if (input == null || input.isBlank()) {
			if (required) {
				errors.rejectValue(field, "date.required", new Object[] { nameInWords }, "Enter the date");
			}
			return;
		}
		if (blank(input.day) || blank(input.month) || blank(input.year)) {
			errors.rejectValue(field, "date.incomplete", new Object[] { nameInWords }, "Date must include a day, month and year");
		}
		else if (input.toDate().isEmpty()) {
			errors.rejectValue(field, "date.invalid", new Object[] { nameInWords }, "Date must be a real date");
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
