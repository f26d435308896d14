package uk.gov.middlesbrough.tracker.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates in an imported file as people write them in the UK and as Excel saves them: 31/10/2026 (day first, also
 * 31/10/26), 31-Oct-2026, 31 Oct 2026, 31 October 2026 (also with 2-digit years, read as 20xx), and ISO 2026-10-31.
 * Impossible dates (31/02/2026, a US 10/31/2026) are refused rather than rolled over.
 */
public final class ImportDates {

	private static final List<DateTimeFormatter> FORMATS = List.of(
			DateTimeFormatter.ISO_LOCAL_DATE,
			day("d/M/", "uuuu"), day("d/M/", "yy"),
			day("d-MMM-", "uuuu"), day("d-MMM-", "yy"), day("d MMM ", "uuuu"), day("d MMM ", "yy"),
			day("d-MMMM-", "uuuu"), day("d MMMM ", "uuuu"));

	private ImportDates() {
	}

	public static Optional<LocalDate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		// "Sept" is how Java's UK English abbreviates September; Excel and most people write "Sep".
		String value = text.strip().replaceAll("(?i)\\bsept\\b", "Sep");
		for (DateTimeFormatter format : FORMATS) {
			try {
				return Optional.of(LocalDate.parse(value, format));
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a date
			}
		}
		return Optional.empty();
	}

	private static DateTimeFormatter day(String dayAndMonth, String year) {
		DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(dayAndMonth);
		if (year.equals("yy")) {
			builder.appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
		}
		else {
			builder.appendPattern(year);
		}
		return builder.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
	}
}
