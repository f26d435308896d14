package uk.gov.middlesbrough.tracker.indicator;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The period a sign-off covers: a calendar month, or a quarter of the financial year (April to June is Q1, January to
 * March Q4, as councils report), from its first day to its last. A figure is in it when its period date is.
 */
public record SignOffPeriod(LocalDate start, LocalDate end) {

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

	public boolean contains(LocalDate period) {
		return !period.isBefore(start) && !period.isAfter(end);
	}
}
