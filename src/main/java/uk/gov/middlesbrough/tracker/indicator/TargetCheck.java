package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;

/**
 * A value judged against its target, given which way is better. {@code shortfall} is how far the value
 * misses the target (zero when on target or with no target); a miss larger than the tolerance is beyond
 * tolerance, which is what the escalations to DIG look for.
 */
public record TargetCheck(TargetStatus status, BigDecimal shortfall, boolean beyondTolerance) {

	public static TargetCheck of(BigDecimal value, BigDecimal target, Polarity polarity, BigDecimal tolerance) {
		if (target == null || value == null) {
			return new TargetCheck(TargetStatus.NO_TARGET, BigDecimal.ZERO, false);
		}
		BigDecimal shortfall = polarity == Polarity.HIGHER_IS_BETTER ? target.subtract(value) : value.subtract(target);
		if (shortfall.signum() <= 0) {
			return new TargetCheck(TargetStatus.ON_TARGET, BigDecimal.ZERO, false);
		}
		return new TargetCheck(TargetStatus.OFF_TARGET, shortfall, shortfall.compareTo(tolerance) > 0);
	}
}
