package uk.gov.middlesbrough.tracker.audit;

import java.util.Collection;
import java.util.Map;

/**
 * A feature's kind of record in the audit trail: what the kind is called, how its fields read and what its records
 * are called now, with a link. The audit trail stores each change under the entity's simple class name and its id;
 * the audit page asks each kind's contribution for the names of a whole page of records at once. Features build one
 * with {@link SqlAuditedRecords}.
 */
public interface AuditedRecords {

	/** The entity's simple class name, as the trail stores it ("PlanAction"). */
	String recordType();

	/** A message key naming this kind of record, in the filter and for a record that no longer exists ("Action"). */
	String kindKey();

	/** How a field's values read; a field not described reads as it is stored, dates and yes/no in words. */
	AuditedField field(String field);

	/**
	 * The current names of the records with these ids, in one statement however many; a record no longer stored
	 * is left out.
	 */
	Map<Long, RecordName> names(Collection<Long> ids);
}
