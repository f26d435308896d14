package uk.gov.middlesbrough.tracker.plan;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What cancelling or reinstating an action changes, for the page that asks to confirm it: the plan's completion
 * before and after (the roll-up counts active actions only; null when no action would count), and whether the action
 * is on the DIG list now (a Red action is; cancelled, it leaves it).
 */
public record StatusChangeEffect(Double completionNow, Double completionAfter, boolean onDigList) {

	/** The effect of switching {@code action} between active and cancelled, among its plan's {@code actions}. */
	public static StatusChangeEffect of(ActionRow action, List<ActionRow> actions) {
		List<Completion.Part> after = actions.stream()
				.map(each -> each.id() == action.id() ? new Completion.Part(each.completion(), each.weight(), !each.cancelled())
						: each.part())
				.toList();
		return new StatusChangeEffect(boxed(Completion.ofPlan(actions.stream().map(ActionRow::part).toList())),
				boxed(Completion.ofPlan(after)), action.rag() == RagStatus.RED);
	}

	private static Double boxed(OptionalDouble value) {
		return value.isPresent() ? value.getAsDouble() : null;
	}
}
