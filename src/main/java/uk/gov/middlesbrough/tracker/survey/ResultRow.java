package uk.gov.middlesbrough.tracker.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.gov.middlesbrough.tracker.survey.statistics.WilsonInterval;

/**
 * One wave's line in a question's table. With no result recorded for the wave, {@code percent} is null.
 *
 * @param respondents the sample size the statistics use: the question's own number of respondents, else the
 *        wave's, else null ("sample size not recorded")
 * @param respondentsFromWave true when {@code respondents} is the wave's number rather than the question's
 * @param interval the 95 % Wilson interval, or null without a sample size
 * @param change the change from the previous wave with a result, or null for the first
 * @param version the result's version for the correction form, or null when there is no result
 */
public record ResultRow(WaveView wave, PercentAgreeing percent, Integer respondents, boolean respondentsFromWave,
		WilsonInterval interval, WaveChange change, Long version) {

	public boolean recorded() {
		return percent != null;
	}

	/** Whether the interval is known (the sample size is recorded). */
	public boolean hasInterval() {
		return interval != null;
	}

	/** The interval's lower end as a percentage to one decimal place, e.g. 22.7. */
	public BigDecimal intervalLowerPercent() {
		return toPercent(interval.lower());
	}

	public BigDecimal intervalUpperPercent() {
		return toPercent(interval.upper());
	}

	private static BigDecimal toPercent(double proportion) {
		return BigDecimal.valueOf(proportion * 100).setScale(1, RoundingMode.HALF_UP);
	}
}
