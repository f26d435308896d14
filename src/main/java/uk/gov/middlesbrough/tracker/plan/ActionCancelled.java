package uk.gov.middlesbrough.tracker.plan;

import java.time.Instant;

/** An action was cancelled: it no longer counts towards its plan's completion. The reason may be missing. */
public record ActionCancelled(long actionId, long planId, String reason, String cancelledBy, Instant cancelledAt) {
}
