package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;

/**
 * Whether an indicator is getting better, comparing its latest value with the one before, given which way
 * is better. A change no larger than the tolerance (in the indicator's unit) is no change.
 */
public enum DirectionOfTravel {
	IMPROVING,
	WORSENING,
	NO_CHANGE,
	NOT_ENOUGH_DATA,
	/** The two latest figures are more than two periods apart, so they are not compared. */
	NOT_COMPARED;

	/**
	 * @param previous the value for the period before the latest, or null if there is none
	 * @param latest the latest value, or null if there is none
	 * @param tolerance the largest difference that still counts as no change (0 or more)
	 */
	public static DirectionOfTravel of(BigDecimal previous, BigDecimal latest, Polarity polarity, BigDecimal tolerance) {
		if (previous == null || latest == null) {
			return NOT_ENOUGH_DATA;
		}
		BigDecimal difference = latest.subtract(previous);
		if (difference.abs().compareTo(tolerance) <= 0) {
			return NO_CHANGE;
		}
		return polarity.better(difference.signum()) ? IMPROVING : WORSENING;
	}

	/**
	 * Which way the value itself moved: ↑ up, ↓ down, → no change within tolerance. On a lower-is-better
	 * indicator an improvement points down, so the page always says the direction in words as well.
	 */
	public static String arrow(BigDecimal previous, BigDecimal latest, BigDecimal tolerance) {
		if (previous == null || latest == null) {
			return "";
		}
		BigDecimal difference = latest.subtract(previous);
		if (difference.abs().compareTo(tolerance) <= 0) {
			return "→";
		}
		return difference.signum() > 0 ? "↑" : "↓";
	}

	public String messageKey() {
		return "indicator.direction." + name();
	}
}
