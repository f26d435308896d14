package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * What an indicator counts, the values it can take and how they are written. Every figure has at most two
 * decimal places (the database keeps two).
 */
public enum Unit {
	/** 0 to 100, e.g. 7.54 (%). */
	PERCENTAGE(BigDecimal.ZERO, BigDecimal.valueOf(100), false),
	/** A whole number, 0 or more, e.g. 35 incidents. */
	COUNT(BigDecimal.ZERO, null, true),
	/** 0 to 1,000 per 1,000 people. */
	RATE_PER_1000(BigDecimal.ZERO, BigDecimal.valueOf(1000), false),
	/** An amount in pounds; may be negative (for example a saving or overspend). */
	MONEY(null, null, false);

	/** The largest magnitude numeric(14, 2) holds. */
	private static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

	private final BigDecimal min;
	private final BigDecimal max;
	private final boolean whole;

	Unit(BigDecimal min, BigDecimal max, boolean whole) {
		this.min = min;
		this.max = max;
		this.whole = whole;
	}

	/** The message key saying what a value must be, if {@code value} cannot be a figure in this unit. */
	public Optional<String> problem(BigDecimal value) {
		BigDecimal plain = value.stripTrailingZeros();
		boolean fits = plain.scale() <= (whole ? 0 : 2) && value.abs().compareTo(LARGEST) <= 0
				&& (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
		return fits ? Optional.empty() : Optional.of(messageKey("value"));
	}

	/** A tolerance or other difference in this unit: like a value, but never below zero. */
	public Optional<String> differenceProblem(BigDecimal value) {
		if (value.signum() < 0) {
			return Optional.of("indicator.tolerance.negative");
		}
		return problem(value);
	}

	/** The figure as people read it: 7.54%, 5,700, 12.5 per 1,000, £1,250.00. */
	public String format(BigDecimal value) {
		if (value == null) {
			return null;
		}
		switch (this) {
			case PERCENTAGE:
				return DECIMALS.get().format(value) + "%";
			case RATE_PER_1000:
				return DECIMALS.get().format(value) + " per 1,000";
			case MONEY:
				return (value.signum() < 0 ? "−£" : "£") + PENCE.get().format(value.abs());
			default:
				return DECIMALS.get().format(value);
		}
	}

	// DecimalFormat is costly to build (a county dashboard formats tens of thousands of figures) and not thread-safe.
	private static final ThreadLocal<DecimalFormat> DECIMALS = ThreadLocal.withInitial(() -> format("#,##0.##"));
	private static final ThreadLocal<DecimalFormat> PENCE = ThreadLocal.withInitial(() -> format("#,##0.00"));

	private static DecimalFormat format(String pattern) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
		// Half up, as Percent rounds (DecimalFormat's own default is half to even).
		format.setRoundingMode(java.math.RoundingMode.HALF_UP);
		return format;
	}

	public String messageKey() {
		return messageKey("name");
	}

	/** e.g. indicator.unit.COUNT.axis */
	public String messageKey(String what) {
		return "indicator.unit." + name() + "." + what;
	}
}
