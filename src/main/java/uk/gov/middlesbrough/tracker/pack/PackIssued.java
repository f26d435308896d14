package uk.gov.middlesbrough.tracker.pack;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting's pack, as of {@code asOf}, was issued: from now on it never changes. */
public record PackIssued(long packId, long panelMeetingId, LocalDate asOf, String issuedBy, Instant issuedAt) {
}
