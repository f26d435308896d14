package uk.gov.middlesbrough.tracker.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One change as recorded: who changed which record when, and each field changed in that transaction; or a sign-in,
 * failed sign-in (the reason in {@code detail}) or sign-out, with no record and no fields.
 */
record AuditChange(long id, OffsetDateTime occurredAt, String actor, AuditKind kind, String recordType, Long recordId,
		String recordLabel, List<FieldChange> fields, String detail) {

	record FieldChange(String field, String oldValue, String newValue) {
	}

	AuditChange {
		fields = List.copyOf(fields);
	}
}
