package uk.gov.middlesbrough.tracker.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded monthly review. */
public record ReviewRow(LocalDate reviewedOn, String notes, String recordedBy, Instant recordedAt) {
}
