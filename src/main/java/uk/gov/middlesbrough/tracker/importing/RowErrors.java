package uk.gov.middlesbrough.tracker.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.SaneInput;

/** Collects the problems of every row, and reads typed values from a row while noting what is wrong. */
public class RowErrors {

	private final List<RowError> errors = new ArrayList<>();

	public void add(CsvRow row, String column, String messageKey, Object... args) {
		errors.add(new RowError(row.number(), column, row.get(column), messageKey, args, row.sheet()));
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	public List<RowError> list() {
		return Collections.unmodifiableList(errors);
	}

	/** A value that must be present; null (and an error) if it is blank. */
	public String required(CsvRow row, String column) {
		String value = row.get(column);
		if (value == null || value.isBlank()) {
			add(row, column, "import.error.required", column);
			return null;
		}
		return value.strip();
	}

	/** A decimal number such as 7.54 or -3; null (and an error) if blank or not a number. */
	public BigDecimal number(CsvRow row, String column) {
		String value = required(row, column);
		if (value == null) {
			return null;
		}
		if (!SaneInput.plainDigits(value)) {
			add(row, column, "import.error.digits", column);
			return null;
		}
		try {
			return new BigDecimal(value.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			add(row, column, "import.error.number", column);
			return null;
		}
	}

	/** A whole number, or null if blank and {@code optional}. */
	public Integer wholeNumber(CsvRow row, String column, boolean optional) {
		String value = row.get(column);
		if (optional && (value == null || value.isBlank())) {
			return null;
		}
		BigDecimal number = number(row, column);
		if (number == null) {
			return null;
		}
		try {
			return number.intValueExact();
		}
		catch (ArithmeticException ex) {
			add(row, column, "import.error.wholeNumber", column);
			return null;
		}
	}

	/** A date written as the UK and Excel write them, or as YYYY-MM-DD ({@link ImportDates}). */
	public LocalDate date(CsvRow row, String column) {
		String value = required(row, column);
		if (value == null) {
			return null;
		}
		if (!SaneInput.plainDigits(value)) {
			add(row, column, "import.error.digits", column);
			return null;
		}
		Optional<LocalDate> date = ImportDates.parse(value);
		if (date.isEmpty()) {
			add(row, column, "import.error.date", column);
			return null;
		}
		LocalDate latest = SaneInput.latest(LocalDate.now(AsOf.UK));
		if (!SaneInput.inRange(date.get(), latest)) {
			add(row, column, "import.error.dateRange", column, String.valueOf(latest.getYear()));
			return null;
		}
		return date.get();
	}
}
