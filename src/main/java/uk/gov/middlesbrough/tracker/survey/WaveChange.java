package uk.gov.middlesbrough.tracker.survey;

import java.math.BigDecimal;
import uk.gov.middlesbrough.tracker.survey.statistics.TwoProportionTest;

/**
 * The change of one question's figure from an earlier wave to a later one: percentage points, and whether
 * it is statistically significant. Without both sample sizes the verdict is "sample size not recorded";
 * the test is never run on a guessed size.
 *
 * @param fromWave the earlier wave's name
 * @param points later minus earlier, in percentage points
 * @param pValue the two-sided p-value, or null when the sample sizes are not both known
 */
public record WaveChange(String fromWave, BigDecimal points, ChangeVerdict verdict, Double pValue) {

	static WaveChange between(String fromWave, PercentAgreeing from, Integer fromRespondents, PercentAgreeing to,
			Integer toRespondents) {
		BigDecimal points = from.pointsTo(to);
		if (fromRespondents == null || toRespondents == null) {
			return new WaveChange(fromWave, points, ChangeVerdict.SAMPLE_SIZE_NOT_RECORDED, null);
		}
		TwoProportionTest test = TwoProportionTest.of(from.proportion(), fromRespondents, to.proportion(), toRespondents);
		return new WaveChange(fromWave, points, test.significant() ? ChangeVerdict.SIGNIFICANT : ChangeVerdict.NOT_SIGNIFICANT,
				test.pValue());
	}

	/** "UP", "DOWN" or "SAME", for the arrow and the words. */
	public String direction() {
		int sign = points.signum();
		return sign > 0 ? "UP" : sign < 0 ? "DOWN" : "SAME";
	}

	/** The size of the change as the papers would write it: "33.16", "3.22", "0". */
	public String pointsText() {
		return points.abs().stripTrailingZeros().toPlainString();
	}
}
