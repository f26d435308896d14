package uk.gov.middlesbrough.tracker.audit;

import java.util.List;

/**
 * What a record is called now: a message key with its arguments ("Action ''{0}'' in {1} — {2}") and the page that
 * shows it, or null for none the head of service may open.
 */
public record RecordName(String messageKey, List<Object> arguments, String href) {

	public RecordName {
		arguments = List.copyOf(arguments);
	}

	public static RecordName of(String href, String messageKey, Object... arguments) {
		return new RecordName(messageKey, List.of(arguments), href);
	}
}
