package uk.gov.middlesbrough.tracker.web;

/** How typed text is stored: trimmed, and an empty answer stored as nothing recorded. */
public final class FormText {

	private FormText() {
	}

	public static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
