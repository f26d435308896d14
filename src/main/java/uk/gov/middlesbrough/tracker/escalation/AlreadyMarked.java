package uk.gov.middlesbrough.tracker.escalation;

/** The mark asked for is the item's latest mark already (same day, same note): a second submit of the same form. */
public class AlreadyMarked extends RuntimeException {

	private final transient RaisedMark latest;

	AlreadyMarked(RaisedMark latest) {
		super("Already marked as raised at DIG on " + latest.raisedOn());
		this.latest = latest;
	}

	public RaisedMark latest() {
		return latest;
	}
}
