package uk.gov.middlesbrough.tracker.indicator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How often an indicator is measured; also how its periods read ("January 2022", "2021"). */
public enum Frequency {
	MONTHLY,
	QUARTERLY,
	SIX_MONTHLY,
	ANNUAL;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
	private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.UK);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
	private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

	/**
	 * A period in words. A monthly figure dated the last day of a month reads as the month, an annual figure
	 * dated 31 December as the year; any other date is shown in full, so nothing is implied that was not recorded.
	 */
	public String label(LocalDate period) {
		boolean monthEnd = period.getDayOfMonth() == period.lengthOfMonth();
		if (this == MONTHLY && monthEnd) {
			return MONTH.format(period);
		}
		if (this == ANNUAL && period.getMonthValue() == 12 && period.getDayOfMonth() == 31) {
			return YEAR.format(period);
		}
		return DAY.format(period);
	}

	/**
	 * A period as a chart's axis names it, shorter than {@link #label}: an annual figure dated 31 December by its
	 * year, any other figure dated a month's last day by the month ("Jan 2022"), any other date in full.
	 */
	public String tickLabel(LocalDate period) {
		if (this == ANNUAL && period.getMonthValue() == 12 && period.getDayOfMonth() == 31) {
			return YEAR.format(period);
		}
		return period.getDayOfMonth() == period.lengthOfMonth() ? SHORT_MONTH.format(period) : SHORT_DAY.format(period);
	}

	public String messageKey() {
		return "indicator.frequency." + name();
	}

	/**
	 * Whether a figure can be dated {@code period}: the last day of the period it describes. A monthly figure is
	 * dated the last day of its month; a quarterly or six-monthly one the last day of March, June, September or
	 * December (calendar or financial quarters and halves); an annual one the last day of any month (a calendar,
	 * financial or academic year).
	 */
	public boolean isPeriodEnd(LocalDate period) {
		if (period.getDayOfMonth() != period.lengthOfMonth()) {
			return false;
		}
		return switch (this) {
			case MONTHLY, ANNUAL -> true;
			case QUARTERLY, SIX_MONTHLY -> period.getMonthValue() % 3 == 0;
		};
	}

	/** The message explaining which dates {@link #isPeriodEnd} accepts. */
	public String periodEndMessageKey() {
		return "measurement.period.notPeriodEnd." + name();
	}
}
