package uk.gov.middlesbrough.tracker.survey.statistics;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Whether two proportions from independent samples differ by more than chance would explain: the
 * two-proportion z-test with the pooled proportion, two-sided, at the 5 % level.
 *
 * <pre>
 *   pooled = (p1·n1 + p2·n2) / (n1 + n2)
 *   se     = √( pooled(1 − pooled) (1/n1 + 1/n2) )
 *   z      = (p2 − p1) / se
 *   p      = 2 Φ(−|z|)  = 2 (1 − Φ(|z|))    Φ: the standard normal cumulative distribution (commons-math3)
 * </pre>
 *
 * When both samples are all "yes" or all "no" the standard error is 0; the proportions are then equal,
 * so z is 0 and the p-value 1.
 *
 * @param z the test statistic; positive when the second proportion is higher
 * @param pValue the two-sided p-value
 */
public record TwoProportionTest(double z, double pValue) {

	public static final double SIGNIFICANCE_LEVEL = 0.05;

	private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

	public static TwoProportionTest of(double p1, int n1, double p2, int n2) {
		check(p1, n1);
		check(p2, n2);
		double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
		double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
		if (standardError == 0 || p1 == p2) {
			return new TwoProportionTest(0, 1);
		}
		double z = (p2 - p1) / standardError;
		// Φ(−|z|) rather than 1 − Φ(|z|): the same value without losing the digits of a tiny p-value.
		double pValue = 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z));
		return new TwoProportionTest(z, pValue);
	}

	/** Significant at the 5 % level: a p-value below 0.05. */
	public boolean significant() {
		return pValue < SIGNIFICANCE_LEVEL;
	}

	private static void check(double p, int n) {
		if (n < 1) {
			throw new IllegalArgumentException("A sample needs at least one respondent, not " + n);
		}
		if (p < 0 || p > 1 || Double.isNaN(p)) {
			throw new IllegalArgumentException("A proportion lies between 0 and 1, not " + p);
		}
	}
}
