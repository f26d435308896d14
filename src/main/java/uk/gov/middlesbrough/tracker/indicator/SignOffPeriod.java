package uk.gov.middlesbrough.tracker.indicator;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period a sign-off covers: a calendar month, or a quarter of the financial year (April to June is Q1, January to
 * March Q4, as councils report), from its first day to its last. A figure is in it when its period date is.
 */
public record SignOffPeriod(LocalDate start, LocalDate end) {

	private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])");

	public SignOffPeriod {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("A sign-off period ends on or after it starts: " + start + " to " + end);
		}
	}

	public static SignOffPeriod month(YearMonth month) {
		return new SignOffPeriod(month.atDay(1), month.atEndOfMonth());
	}

	/** The quarter of the financial year that starts in April of {@code startYear} ({@code quarter} 1 to 4). */
	public static SignOffPeriod financialQuarter(int startYear, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("A quarter is 1 to 4: " + quarter);
		}
		YearMonth first = YearMonth.of(startYear, 4).plusMonths(3L * (quarter - 1));
		return new SignOffPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
	}

	/** The period a form's value names: "2022-04" (a month) or "2021-Q4" (the fourth quarter of 2021/22); empty if neither. */
	public static java.util.Optional<SignOffPeriod> parse(String value) {
		if (value == null) {
			return java.util.Optional.empty();
		}
		java.util.regex.Matcher quarter = QUARTER.matcher(value);
		if (quarter.matches()) {
			return java.util.Optional.of(financialQuarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2))));
		}
		try {
			return java.util.Optional.of(month(YearMonth.parse(value)));
		}
		catch (java.time.format.DateTimeParseException ex) {
			return java.util.Optional.empty();
		}
	}

	/** Whether the period is a financial quarter rather than a month. */
	public boolean quarter() {
		return !YearMonth.from(start).equals(YearMonth.from(end));
	}

	/** The form's value for this period (see {@link #parse}). */
	public String value() {
		if (!quarter()) {
			return YearMonth.from(start).toString();
		}
		YearMonth first = YearMonth.from(start);
		return financialYear(first) + "-Q" + quarterNumber(first);
	}

	/** The financial quarter a month falls in. */
	public static SignOffPeriod quarterOf(YearMonth month) {
		return financialQuarter(financialYear(month), quarterNumber(month));
	}

	/** The year the financial year a month is in starts: April 2022 to March 2023 is 2022. */
	private static int financialYear(YearMonth month) {
		return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
	}

	/** April to June 1, July to September 2, October to December 3, January to March 4. */
	private static int quarterNumber(YearMonth month) {
		return (month.getMonthValue() + 8) % 12 / 3 + 1;
	}

	public boolean contains(LocalDate period) {
		return !period.isBefore(start) && !period.isAfter(end);
	}
}
