package uk.gov.middlesbrough.tracker.escalation.web;

import java.util.Set;
import uk.gov.middlesbrough.tracker.escalation.DecisionState;

/** The list's "DIG decision" filter: any item, items raised with no decision yet, or decisions overdue for review. */
enum DecisionFilter {
	ANY(Set.of()),
	AWAITING(Set.of(DecisionState.AWAITING_DECISION)),
	OVERDUE(Set.of(DecisionState.REVIEW_OVERDUE));

	private final Set<DecisionState> states;

	DecisionFilter(Set<DecisionState> states) {
		this.states = states;
	}

	/** Read leniently: anything unknown means any. */
	static DecisionFilter of(String value) {
		for (DecisionFilter filter : values()) {
			if (filter.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
				return filter;
			}
		}
		return ANY;
	}

	boolean keeps(DecisionState state) {
		return states.isEmpty() || states.contains(state);
	}

	String value() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	String messageKey() {
		return "escalation.filter.decision." + value();
	}
}
