package uk.gov.middlesbrough.tracker.audit;

/** One row to write: a field's change on a record, or a sign-in event (no record, no field). */
record AuditRow(String actor, AuditKind kind, String recordType, String recordId, String recordLabel, String field,
		String oldValue, String newValue) {
}
