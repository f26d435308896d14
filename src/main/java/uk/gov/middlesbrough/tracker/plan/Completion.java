package uk.gov.middlesbrough.tracker.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * The "percentage completion" roll-up. A plan's completion is the mean of its active actions' completion
 * weighted by each action's weight; cancelled actions are left out. If every active action has weight 0
 * the weights say nothing, and the plain mean is used. A plan with no active actions has no completion
 * ("no actions") and is left out of its locality's completion, which is the plain mean of its plans.
 */
public final class Completion {

	private Completion() {
	}

	/** One action as the roll-up sees it. */
	public record Part(int completion, BigDecimal weight, boolean cancelled) {
	}

	/**
	 * What the roll-up needs of a plan's active actions: the exact sum of weight × completion, of the weights and of
	 * the completions, and how many there are. The database sums the same columns (PlanRollups), so a plan's
	 * completion is the same figure whether the page read its actions or only their sums.
	 */
	public record Sums(BigDecimal weighted, BigDecimal totalWeight, long plainSum, int active) {

		static Sums of(Collection<Part> actions) {
			BigDecimal weighted = BigDecimal.ZERO;
			BigDecimal totalWeight = BigDecimal.ZERO;
			long plainSum = 0;
			int active = 0;
			for (Part action : actions) {
				if (action.cancelled()) {
					continue;
				}
				weighted = weighted.add(action.weight().multiply(BigDecimal.valueOf(action.completion())));
				totalWeight = totalWeight.add(action.weight());
				plainSum += action.completion();
				active++;
			}
			return new Sums(weighted, totalWeight, plainSum, active);
		}
	}

	public static OptionalDouble ofPlan(Collection<Part> actions) {
		return ofPlan(Sums.of(actions));
	}

	public static OptionalDouble ofPlan(Sums sums) {
		if (sums.active() == 0) {
			return OptionalDouble.empty();
		}
		if (sums.totalWeight().signum() > 0) {
			return OptionalDouble.of(sums.weighted().divide(sums.totalWeight(), MathContext.DECIMAL64).doubleValue());
		}
		return OptionalDouble.of((double) sums.plainSum() / sums.active());
	}

	public static OptionalDouble ofLocality(Collection<OptionalDouble> plans) {
		return plans.stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
	}
}
