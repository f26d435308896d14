package uk.gov.middlesbrough.tracker.escalation.web;

import uk.gov.middlesbrough.tracker.escalation.DecisionState;
import uk.gov.middlesbrough.tracker.escalation.DigDecision;

/** An item's standing with DIG as the list shows it: its state, latest decision (or null), and days raised to decided. */
public record DecisionView(DecisionState state, DigDecision latest, Long daysToDecide) {
}
