package uk.gov.middlesbrough.tracker.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * When an indicator's next figure for a locality falls due. Its next period is the one after its latest, by the
 * indicator's frequency (a monthly figure for October 2026 is followed by November's, a quarterly one for the
 * quarter to 30 September by the quarter to 31 December). That figure is <em>due</em> once its period has ended,
 * and <em>overdue</em> once the month after has ended too: November's figure is due from 1 December and overdue from
 * 1 January, since figures arrive some weeks after the period they describe. Periods are compared by month, so a
 * figure dated on any day of October stands for October.
 */
public final class FigureDue {

	/** Whether the next figure is awaited and how urgently. */
	public enum State {
		/** The next period has not ended. */
		NOT_YET,
		/** The next period has ended: its figure can be entered now. */
		DUE,
		/** A month has passed since the next period ended without its figure. */
		OVERDUE
	}

	private FigureDue() {
	}

	static int months(Frequency frequency) {
		return switch (frequency) {
			case MONTHLY -> 1;
			case QUARTERLY -> 3;
			case SIX_MONTHLY -> 6;
			case ANNUAL -> 12;
		};
	}

	/** The last day of the period after {@code latest}. */
	public static LocalDate nextPeriodEnd(Frequency frequency, LocalDate latest) {
		return YearMonth.from(latest).plusMonths(months(frequency)).atEndOfMonth();
	}

	/** The day after which the next figure is overdue: the end of the month after its period. */
	public static LocalDate dueBy(Frequency frequency, LocalDate latest) {
		return YearMonth.from(nextPeriodEnd(frequency, latest)).plusMonths(1).atEndOfMonth();
	}

	/**
	 * Whether two figures are too far apart to compare for a direction of travel: more than two periods between
	 * them (a monthly figure for October 2026 and one for July 2026 are three months apart; August's, two).
	 */
	public static boolean gapTooLong(Frequency frequency, LocalDate earlier, LocalDate later) {
		long months = ChronoUnit.MONTHS.between(YearMonth.from(earlier), YearMonth.from(later));
		return months > 2L * months(frequency);
	}

	public static State on(Frequency frequency, LocalDate latest, LocalDate day) {
		if (day.isAfter(dueBy(frequency, latest))) {
			return State.OVERDUE;
		}
		return day.isAfter(nextPeriodEnd(frequency, latest)) ? State.DUE : State.NOT_YET;
	}

	/**
	 * This rule as an SQL expression giving the state's name: {@code frequency} is a column holding a Frequency's
	 * name, {@code latest} a date column and {@code day} a date parameter. FigureDueSqlIT holds it to {@link #on}.
	 */
	public static String sql(String frequency, String latest, String day) {
		String months = "(case %s when 'MONTHLY' then 1 when 'QUARTERLY' then 3 when 'SIX_MONTHLY' then 6 else 12 end)"
				.formatted(frequency);
		// The first day of the month after the next period, and of the month after that.
		String afterNext = "(date_trunc('month', %s) + make_interval(months => %s + 1))::date".formatted(latest, months);
		return """
				(case when %3$s >= (%1$s + interval '1 month')::date then 'OVERDUE'
				      when %3$s >= %1$s then 'DUE' else 'NOT_YET' end)""".formatted(afterNext, months, day);
	}
}
