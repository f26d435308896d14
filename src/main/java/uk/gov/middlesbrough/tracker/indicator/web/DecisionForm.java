package uk.gov.middlesbrough.tracker.indicator.web;

/** The head of service's decision on a restatement: the version the page showed, and a note (required to refuse). */
public class DecisionForm {

	private long version;
	private String note;

	String strippedNote() {
		return note == null || note.isBlank() ? null : note.strip();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
