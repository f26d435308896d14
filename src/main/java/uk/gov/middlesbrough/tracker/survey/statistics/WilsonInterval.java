package uk.gov.middlesbrough.tracker.survey.statistics;

/**
 * The 95 % Wilson score interval for a proportion {@code p} observed in a sample of {@code n}. Unlike the
 * textbook "p ± 1.96 √(p(1−p)/n)" it stays inside 0–1 and is not zero-width when p is 0 or 1, which matters
 * for small survey samples.
 *
 * <pre>
 *   centre     = (p + z²/2n) / (1 + z²/n)
 *   half-width = z / (1 + z²/n) × √( p(1−p)/n + z²/4n² )
 * </pre>
 *
 * @param centre the middle of the interval (a proportion, 0–1), pulled towards ½ from p
 * @param halfWidth half the interval's width
 */
public record WilsonInterval(double centre, double halfWidth) {

	/** The 97.5th percentile of the standard normal distribution, for a two-sided 95 % interval. */
	public static final double Z_95 = 1.959964;

	public static WilsonInterval of(double p, int n) {
		if (n < 1) {
			throw new IllegalArgumentException("A sample needs at least one respondent, not " + n);
		}
		if (p < 0 || p > 1 || Double.isNaN(p)) {
			throw new IllegalArgumentException("A proportion lies between 0 and 1, not " + p);
		}
		double zSquared = Z_95 * Z_95;
		double denominator = 1 + zSquared / n;
		double centre = (p + zSquared / (2.0 * n)) / denominator;
		double halfWidth = Z_95 / denominator * Math.sqrt(p * (1 - p) / n + zSquared / (4.0 * n * n));
		return new WilsonInterval(centre, halfWidth);
	}

	/** The lower end; never below 0 (rounding could otherwise give −0.0000000001 when p is 0). */
	public double lower() {
		return Math.max(0, centre - halfWidth);
	}

	/** The upper end; never above 1. */
	public double upper() {
		return Math.min(1, centre + halfWidth);
	}
}
