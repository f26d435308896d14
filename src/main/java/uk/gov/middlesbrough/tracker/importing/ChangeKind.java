package uk.gov.middlesbrough.tracker.importing;

/** What a row of an import would do: add a figure, correct an earlier one, or change nothing. */
public enum ChangeKind {
	NEW,
	CORRECTED,
	UNCHANGED;

	public String messageKey() {
		return "import.change." + name();
	}
}
