package uk.gov.middlesbrough.tracker.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded monthly review; {@code illustrative} when the demo data invented it. */
public record ReviewRow(LocalDate reviewedOn, String notes, String recordedBy, Instant recordedAt, boolean illustrative) {
}
