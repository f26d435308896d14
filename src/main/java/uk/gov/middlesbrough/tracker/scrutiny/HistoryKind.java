package uk.gov.middlesbrough.tracker.scrutiny;

/** What made a recommendation's state change. */
public enum HistoryKind {
	/** The recommendation was added to its review. */
	ADDED,
	/** The response or the status was changed. */
	RESPONSE,
	/** A dated progress update was added (and may have changed the status). */
	PROGRESS;

	public String messageKey() {
		return "scrutiny.history." + name();
	}
}
