package uk.gov.middlesbrough.tracker.escalation;

import java.util.List;

/**
 * One item of a locality at a moment, for the pages about it: as listed then, or as it read when it was last marked if
 * its cause has cleared since ({@code listed} false), with every "raised at DIG" mark recorded by then, latest first.
 */
public record EscalationItem(Escalation escalation, boolean listed, List<RaisedMark> marks) {

	public EscalationItem {
		marks = List.copyOf(marks);
	}

	public boolean raised() {
		return !marks.isEmpty();
	}

	/** The latest mark, or null if the item was never raised at DIG. */
	public RaisedMark latestMark() {
		return raised() ? marks.get(0) : null;
	}
}
