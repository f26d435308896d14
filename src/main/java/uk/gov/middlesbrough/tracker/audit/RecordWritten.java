package uk.gov.middlesbrough.tracker.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A record written with SQL rather than through JPA (so the entity listener does not see it), for the audit trail.
 * A feature publishes it in the transaction of the write; the trail names the record and its fields through the
 * feature's {@link AuditedRecords} bean for {@code recordType}, as it does for entities.
 */
public record RecordWritten(String recordType, long recordId, AuditKind kind, List<FieldChange> changes) {

	/** One field's value before and after ({@code null} where it had or has none). */
	public record FieldChange(String field, Object oldValue, Object newValue) {
	}

	public RecordWritten {
		changes = List.copyOf(changes);
	}

	/** A record created with these values, in this order; fields without a value are left out. */
	public static RecordWritten created(String recordType, long recordId, Map<String, ?> values) {
		List<FieldChange> changes = new ArrayList<>();
		values.forEach((field, value) -> {
			if (value != null) {
				changes.add(new FieldChange(field, null, value));
			}
		});
		return new RecordWritten(recordType, recordId, AuditKind.CREATE, changes);
	}

	/** A record whose fields changed from the first value of each pair to the second; unchanged fields are left out. */
	public static RecordWritten updated(String recordType, long recordId, List<FieldChange> changes) {
		return new RecordWritten(recordType, recordId, AuditKind.UPDATE,
				changes.stream().filter(change -> !Objects.equals(change.oldValue(), change.newValue())).toList());
	}
}
