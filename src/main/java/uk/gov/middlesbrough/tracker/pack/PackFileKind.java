package uk.gov.middlesbrough.tracker.pack;

/**
 * The files of a pack: the PDF, a ZIP of the PDF with the tables as CSV and XLSX, and the numbered XHTML the PDF was
 * laid out from, which the pack's web view shows (not a download).
 */
public enum PackFileKind {
	PDF,
	ZIP,
	HTML;

	/** Whether the meeting page offers the file for download. */
	public boolean downloadable() {
		return this != HTML;
	}
}
