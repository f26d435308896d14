package uk.gov.middlesbrough.tracker.caseload;

import java.util.List;
import uk.gov.middlesbrough.tracker.importing.ImportKind;
import uk.gov.middlesbrough.tracker.importing.RowError;
import uk.gov.middlesbrough.tracker.importing.RowErrors;

/** A caseload file checked row by row: the valid rows, and every problem found (nothing is saved if there is one). */
record CheckedImport(List<ImportRow> rows, RowErrors rowErrors) implements ImportKind.Checked {

	@Override
	public List<RowError> errors() {
		return rowErrors.list();
	}
}
