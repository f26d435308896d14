package uk.gov.middlesbrough.tracker.rollout.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;

/**
 * A ward figure as a table cell: written for its unit (a rate to one place, a percentage to one or two, a rank or count
 * whole), withheld when made from fewer people than the small-number threshold, and marked when illustrative.
 */
record FigureCell(String value, boolean withheld, boolean illustrative) {

	static FigureCell of(BigDecimal value, Integer people, boolean illustrative, String unit, SmallNumbers smallNumbers) {
		boolean withheld = people != null && smallNumbers.suppressed(people);
		return new FigureCell(withheld ? null : written(value, unit), withheld, illustrative);
	}

	static String written(BigDecimal value, String unit) {
		String pattern;
		switch (unit) {
			case "RATE_PER_1000":
				pattern = "#,##0.0";
				break;
			case "PERCENTAGE":
				pattern = "#,##0.0#";
				break;
			case "RANK":
			case "COUNT":
				pattern = "#,##0";
				break;
			default:
				pattern = "#,##0.##";
		}
		return format(pattern, value);
	}

	/** A weight or other plain number, to at most two places. */
	static String plain(BigDecimal value) {
		return format("#,##0.##", value);
	}

	private static String format(String pattern, BigDecimal value) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}
}
