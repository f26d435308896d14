package uk.gov.middlesbrough.tracker.escalation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * An item's standing with the Design and Implementation Group at a moment, from its latest mark and latest decision:
 * the state, the latest decision (null if none), and the whole days from raised to decided when that decision answers
 * the latest raising (null otherwise). The lists, the exports, the dashboard and the pack all read it from here.
 */
public record DigStanding(DecisionState state, DigDecision latest, Long daysToDecide) {

	/** The message keys of the decision's columns in the exports (the list's and the pack's tables), in order. */
	public static final List<String> EXPORT_HEADINGS = List.of("escalation.export.decisionState",
			"escalation.export.decidedOn", "escalation.export.decision", "escalation.export.actionBy",
			"escalation.export.reviewOn");

	public static DigStanding of(RaisedMark latestMark, DigDecision latestDecision, LocalDate today) {
		DecisionState state = DecisionState.of(latestMark, latestDecision, today);
		return new DigStanding(state, latestDecision,
				state.isDecided() ? DecisionState.daysToDecide(latestMark.raisedOn(), latestDecision.decidedOn()) : null);
	}

	/** The decision that stands: the latest, unless the item was raised again after it (then null, as with none). */
	public DigDecision decided() {
		return state.isDecided() ? latest : null;
	}

	/** The cells under {@link #EXPORT_HEADINGS}: the state in these words, then the decision that stands (blank if none). */
	public List<Object> exportCells(String stateWords) {
		DigDecision decided = decided();
		return decided == null ? Arrays.asList(stateWords, null, null, null, null)
				: Arrays.asList(stateWords, decided.decidedOn(), decided.decision(), decided.actionBy(), decided.reviewOn());
	}
}
