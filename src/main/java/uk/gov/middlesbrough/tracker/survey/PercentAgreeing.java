package uk.gov.middlesbrough.tracker.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A survey figure: the percentage of respondents agreeing, from 0 to 100 with at most two decimal places
 * (stored as numeric(5,2)). It is shown as the papers write it, without trailing zeros: 12.90 is "12.9",
 * 31.18 stays "31.18" and 50.00 is "50".
 */
public record PercentAgreeing(BigDecimal value) implements Comparable<PercentAgreeing> {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Why a number cannot be a percentage agreeing. */
	public enum Problem {
		OUT_OF_RANGE,
		TOO_PRECISE
	}

	public PercentAgreeing {
		Objects.requireNonNull(value, "value");
		Problem problem = problemWith(value);
		if (problem != null) {
			throw new IllegalArgumentException("Not a percentage agreeing (" + problem + "): " + value);
		}
		value = value.setScale(2, RoundingMode.UNNECESSARY);
	}

	/** What is wrong with {@code number} as a percentage agreeing, or null if nothing is. */
	public static Problem problemWith(BigDecimal number) {
		if (number.signum() < 0 || number.compareTo(HUNDRED) > 0) {
			return Problem.OUT_OF_RANGE;
		}
		if (number.stripTrailingZeros().scale() > 2) {
			return Problem.TOO_PRECISE;
		}
		return null;
	}

	/** As the papers write it: "12.9", "31.18", "50". */
	public String text() {
		return value.stripTrailingZeros().toPlainString();
	}

	/** The proportion agreeing, 0–1, for the statistics. */
	public double proportion() {
		return value.doubleValue() / 100;
	}

	/** Percentage points from this figure to {@code later} (negative for a fall). */
	public BigDecimal pointsTo(PercentAgreeing later) {
		return later.value.subtract(value);
	}

	public boolean sameAs(PercentAgreeing other) {
		return other != null && value.compareTo(other.value) == 0;
	}

	@Override
	public int compareTo(PercentAgreeing other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return text();
	}
}
