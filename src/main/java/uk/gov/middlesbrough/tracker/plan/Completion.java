package uk.gov.middlesbrough.tracker.plan;

import java.math.BigDecimal;
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

	public static OptionalDouble ofPlan(Collection<Part> actions) {
		double weighted = 0;
		double totalWeight = 0;
		double plainSum = 0;
		int active = 0;
		for (Part action : actions) {
			if (action.cancelled()) {
				continue;
			}
			double weight = action.weight().doubleValue();
			weighted += weight * action.completion();
			totalWeight += weight;
			plainSum += action.completion();
			active++;
		}
		if (active == 0) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(totalWeight > 0 ? weighted / totalWeight : plainSum / active);
	}

	public static OptionalDouble ofLocality(Collection<OptionalDouble> plans) {
		return plans.stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
	}
}
