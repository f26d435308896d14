package uk.gov.middlesbrough.tracker.escalation;

/** An item on the DIG list at a moment, with its latest "raised at DIG" mark recorded by then (null if none). */
public record OpenEscalation(Escalation escalation, RaisedMark latestMark) {

	public boolean raised() {
		return latestMark != null;
	}
}
