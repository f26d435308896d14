package uk.gov.middlesbrough.tracker.plan;

/** What made an action's state change. */
public enum HistoryKind {
	CREATED,
	PROGRESS,
	EDITED,
	CANCELLED,
	REINSTATED;

	public String messageKey() {
		return "action.history." + name();
	}
}
