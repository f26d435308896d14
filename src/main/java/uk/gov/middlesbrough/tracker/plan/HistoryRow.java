package uk.gov.middlesbrough.tracker.plan;

import java.time.Instant;

/** One entry of an action's timeline. */
public record HistoryRow(HistoryKind kind, Instant recordedAt, String recordedBy, Integer oldCompletion, int completion,
		String commentary) {
}
