package uk.gov.middlesbrough.tracker.caseload;

import java.time.LocalDate;

/** One valid row of a caseload import: its row number, the post and date it is for, its figures and source. */
record ImportRow(int number, long localityId, String localityName, LocalDate snapshotDate, CaseloadRole role,
		String postLabel, CaseloadFigures figures, String source) {

	/** The post and date this row is for; two rows with the same key are duplicates. */
	String key() {
		return localityId + "|" + snapshotDate + "|" + role.name() + "|" + PostLabel.key(postLabel);
	}
}
