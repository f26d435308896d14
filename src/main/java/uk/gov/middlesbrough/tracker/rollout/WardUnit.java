package uk.gov.middlesbrough.tracker.rollout;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The units a ward measure is counted in, and the values each allows: a percentage 0 to 100, a rate per 1,000 from 0 to
 * 1,000, a count a whole number from 0 and a rank a whole number from 1 (both up to 9,999,999, far above any ward's
 * figure); never more than two decimal places, as the database keeps them.
 */
enum WardUnit {

	COUNT(0, 9_999_999, true),
	PERCENTAGE(0, 100, false),
	RATE_PER_1000(0, 1000, false),
	RANK(1, 9_999_999, true);

	private final BigDecimal min;
	private final BigDecimal max;
	private final boolean whole;

	WardUnit(long min, long max, boolean whole) {
		this.min = BigDecimal.valueOf(min);
		this.max = BigDecimal.valueOf(max);
		this.whole = whole;
	}

	/** The message key saying what is wrong with this value for this unit, if anything. */
	Optional<String> problem(BigDecimal value) {
		int places = Math.max(0, value.stripTrailingZeros().scale());
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0 || (whole && places > 0)) {
			return Optional.of("rollout.import.error.value." + name());
		}
		return places > 2 ? Optional.of("rollout.import.error.decimals") : Optional.empty();
	}
}
