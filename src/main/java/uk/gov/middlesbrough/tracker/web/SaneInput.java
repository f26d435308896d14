package uk.gov.middlesbrough.tracker.web;

import java.time.LocalDate;

/**
 * The one rule for dates and numbers coming in (web addresses, date inputs, imported files): dates from 1 January
 * 2000, the service's earliest figures, to the end of next year (planned dates, such as an action's due date, to
 * the end of the year {@value #PLANNED_YEARS_AHEAD} years ahead), and numbers written with the digits 0 to 9 only.
 * Java reads other scripts' digits ("٢٠٢٢", full-width "１２") as numbers; refusing them keeps what is stored the
 * same as what the user can check on screen. Spaces around a value and a leading "+" are accepted.
 */
public final class SaneInput {

	public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static final int PLANNED_YEARS_AHEAD = 10;

	private SaneInput() {
	}

	/** The last day a date of something that happened may be: 31 December of the year after {@code today}'s. */
	public static LocalDate latest(LocalDate today) {
		return LocalDate.of(today.getYear() + 1, 12, 31);
	}

	/** The last day a planned date may be. */
	public static LocalDate latestPlanned(LocalDate today) {
		return LocalDate.of(today.getYear() + PLANNED_YEARS_AHEAD, 12, 31);
	}

	public static boolean inRange(LocalDate date, LocalDate latest) {
		return !date.isBefore(EARLIEST) && !date.isAfter(latest);
	}

	/** Whether every digit in {@code text} is one of 0 to 9 (text without digits passes; other rules judge it). */
	public static boolean plainDigits(String text) {
		return text == null || text.chars().noneMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'));
	}
}
