package uk.gov.middlesbrough.tracker.caseload;

import java.time.Instant;

/** A locality's number of posts of a role (null if never recorded), when it was last set and by whom. */
public record StaffingRow(CaseloadRole role, Integer posts, Instant recordedAt, String recordedBy, Long version) {
}
