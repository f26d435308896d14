package uk.gov.middlesbrough.tracker.escalation.web;

import uk.gov.middlesbrough.tracker.escalation.DecisionState;
import uk.gov.middlesbrough.tracker.escalation.DigDecision;
import uk.gov.middlesbrough.tracker.escalation.DigStanding;

/**
 * An item's standing with DIG as the list shows it: its state, latest decision (or null), days raised to decided, and
 * how many times it has been raised (more than once: it came back, a re-escalation).
 */
public record DecisionView(DecisionState state, DigDecision latest, Long daysToDecide, int timesRaised) {

	static DecisionView of(DigStanding standing, int timesRaised) {
		return new DecisionView(standing.state(), standing.latest(), standing.daysToDecide(), timesRaised);
	}

	public boolean reEscalated() {
		return timesRaised > 1;
	}
}
