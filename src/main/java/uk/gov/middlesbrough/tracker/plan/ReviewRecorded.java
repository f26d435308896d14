package uk.gov.middlesbrough.tracker.plan;

import java.time.Instant;
import java.time.LocalDate;

/** A plan's monthly review, held on {@code reviewedOn}, was recorded. */
public record ReviewRecorded(long planId, long localityId, LocalDate reviewedOn, String recordedBy, Instant recordedAt) {
}
