package uk.gov.middlesbrough.tracker.scrutiny;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timescale of a response, as the executive wrote it ("December 2022", "To be determined by the Evaluation
 * report") and as a target date. When only words are given and they name a month and year, the target date is the
 * last day of that month (the last month named, so "by September 2022" gives 30 September 2022), and the words
 * are kept.
 */
public final class Timescale {

	private static final Pattern WORD_AND_YEAR = Pattern.compile("\\b([A-Za-z]+)\\.?\\s+(\\d{4})\\b");

	private Timescale() {
	}

	/** The target date to keep: the one given, else the end of the last month and year the words name, else none. */
	public static LocalDate targetDate(String words, LocalDate given) {
		if (given != null) {
			return given;
		}
		return endOfNamedMonth(words).orElse(null);
	}

	static Optional<LocalDate> endOfNamedMonth(String words) {
		if (words == null) {
			return Optional.empty();
		}
		Matcher matcher = WORD_AND_YEAR.matcher(words);
		LocalDate last = null;
		while (matcher.find()) {
			Optional<Month> month = month(matcher.group(1));
			if (month.isPresent()) {
				last = YearMonth.of(Integer.parseInt(matcher.group(2)), month.get()).atEndOfMonth();
			}
		}
		return Optional.ofNullable(last);
	}

	/** A month's full English name or its three-letter abbreviation (and "Sept"), in any case. */
	private static Optional<Month> month(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		for (Month month : Month.values()) {
			String name = month.name().toLowerCase(Locale.ROOT);
			if (lower.equals(name) || lower.equals(name.substring(0, 3)) || (month == Month.SEPTEMBER && lower.equals("sept"))) {
				return Optional.of(month);
			}
		}
		return Optional.empty();
	}
}
