package uk.gov.middlesbrough.tracker.plan;

import java.time.Instant;

/** An action's completion was updated from {@code oldCompletion} to {@code completion} percent. */
public record ProgressRecorded(long actionId, long planId, int oldCompletion, int completion, String recordedBy,
		Instant recordedAt) {
}
