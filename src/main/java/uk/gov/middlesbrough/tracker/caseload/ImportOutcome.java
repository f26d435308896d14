package uk.gov.middlesbrough.tracker.caseload;

import java.util.List;
import uk.gov.middlesbrough.tracker.importing.ImportCounts;
import uk.gov.middlesbrough.tracker.importing.RowError;

/** What confirming an import did: saved (with its counts), or found problems on re-checking and saved nothing. */
record ImportOutcome(ImportCounts counts, List<RowError> errors) {

	static ImportOutcome saved(ImportCounts counts) {
		return new ImportOutcome(counts, List.of());
	}

	static ImportOutcome refused(List<RowError> errors) {
		return new ImportOutcome(null, errors);
	}

	boolean isSaved() {
		return counts != null;
	}
}
