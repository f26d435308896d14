package uk.gov.middlesbrough.tracker.audit;

import java.time.OffsetDateTime;

/** One row of the audit trail as the page shows it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, AuditKind kind, String recordType,
		String recordId, String recordLabel, String field, String oldValue, String newValue) {
}
