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

	public String messageKey() {
		return "indicator.frequency." + name();
	}
}
