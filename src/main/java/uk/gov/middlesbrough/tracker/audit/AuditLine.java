package uk.gov.middlesbrough.tracker.audit;

import java.util.List;

/**
 * One change as the page and the export show it, in words: when, who, what happened, to which record (with its
 * page, if any) and each field changed.
 */
public record AuditLine(String when, String who, String what, String record, String href, List<FieldLine> fields) {

	public AuditLine {
		fields = List.copyOf(fields);
	}

	/** A field in words with its old and new value in words (either null where there is none, as on a creation). */
	public record FieldLine(String name, String oldValue, String newValue) {

		public boolean changed() {
			return oldValue != null && newValue != null;
		}

		/** The one value of a creation or deletion. */
		public String onlyValue() {
			return newValue != null ? newValue : oldValue;
		}
	}
}
