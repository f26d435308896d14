package uk.gov.middlesbrough.tracker.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a percentage is rounded and written, the same on every page, in the packs and in the exports: half up (67.25
 * is 67.3, as the papers and a calculator round; Java's and Thymeleaf's number formats round half to even, which
 * made pages show 67.2 where exports showed 67.3). Templates reach it as {@code #percent} ({@link PercentDialect}).
 */
public final class Percent {

	public static final Percent INSTANCE = new Percent();

	private Percent() {
	}

	/** The value rounded half up to {@code places} decimal places (from its shortest decimal form, so 0.15 is 0.2). */
	public static BigDecimal rounded(double value, int places) {
		return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
	}

	/** For a table cell or export: the value to one decimal place, half up; null stays null. */
	public static Double oneDecimal(Double value) {
		return value == null ? null : rounded(value, 1).doubleValue();
	}

	/** "67.3%": one decimal place, half up; null for no value. */
	public String tenths(Double value) {
		return value == null ? null : rounded(value, 1).toPlainString() + "%";
	}

	/** "51%": a whole percentage, half up; null for no value. */
	public String whole(Double value) {
		return value == null ? null : rounded(value, 0).toPlainString() + "%";
	}

	/** "51": a whole number, half up, without the sign (for sentences that add their own); null for no value. */
	public String wholeNumber(Double value) {
		return value == null ? null : rounded(value, 0).toPlainString();
	}
}
