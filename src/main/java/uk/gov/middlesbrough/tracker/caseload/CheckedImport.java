package uk.gov.middlesbrough.tracker.caseload;

import java.util.List;
import uk.gov.middlesbrough.tracker.importing.RowErrors;

/** A caseload file checked row by row: the valid rows, and every problem found (nothing is saved if there is one). */
record CheckedImport(List<ImportRow> rows, RowErrors errors) {

	boolean valid() {
		return errors.isEmpty();
	}
}
