package uk.gov.middlesbrough.tracker.plan;

import java.time.Instant;

/** A cancelled action was reinstated: it counts towards its plan's completion again. */
public record ActionReinstated(long actionId, long planId, String reinstatedBy, Instant reinstatedAt) {
}
