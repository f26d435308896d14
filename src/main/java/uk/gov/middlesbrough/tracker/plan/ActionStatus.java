package uk.gov.middlesbrough.tracker.plan;

/** Whether an action counts: cancelled actions are left out of the roll-up and RAG counts. */
public enum ActionStatus {
	ACTIVE,
	CANCELLED
}
