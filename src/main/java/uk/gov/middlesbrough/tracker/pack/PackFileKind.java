package uk.gov.middlesbrough.tracker.pack;

/** The files of a pack: the PDF, and a ZIP of the PDF with the tables as CSV and XLSX. */
public enum PackFileKind {
	PDF,
	ZIP
}
