package uk.gov.middlesbrough.tracker.plan;

/** One action's progress update in a plan's "Update progress" form: the version it was read at, the new percentage. */
public record ProgressChange(long actionId, long expectedVersion, int completion, String commentary) {
}
