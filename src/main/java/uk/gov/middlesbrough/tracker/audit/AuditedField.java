package uk.gov.middlesbrough.tracker.audit;

/**
 * How one field's stored values read: as stored (with dates, times and yes/no put into words), as a percentage, as
 * one of a set of choices named by message keys ({@code keyPattern} with {@code %s} for the stored name), or as a
 * reference to another kind of record by its id, named as that record is.
 */
public record AuditedField(Format format, String argument) {

	public enum Format { AS_STORED, PERCENT, CHOICE, REFERENCE }

	public static final AuditedField AS_STORED = new AuditedField(Format.AS_STORED, null);

	public static AuditedField percent() {
		return new AuditedField(Format.PERCENT, null);
	}

	/** A stored enum name shown as the message {@code String.format(keyPattern, name)}. */
	public static AuditedField choice(String keyPattern) {
		return new AuditedField(Format.CHOICE, keyPattern);
	}

	/** The id of a record of {@code recordType}, shown by that record's name. */
	public static AuditedField reference(String recordType) {
		return new AuditedField(Format.REFERENCE, recordType);
	}
}
