package uk.gov.middlesbrough.tracker.caseload;

import java.time.Instant;

/** One change of a role's number of posts: when, who, and the number before (null for the first) and after. */
public record StaffingChange(CaseloadRole role, Instant recordedAt, String recordedBy, Integer oldPosts, int posts) {
}
