package uk.gov.middlesbrough.tracker.plan;

import java.util.List;
import uk.gov.middlesbrough.tracker.importing.ImportKind;
import uk.gov.middlesbrough.tracker.importing.RowError;
import uk.gov.middlesbrough.tracker.importing.RowErrors;

/** A plans workbook checked row by row: what each good row would change, and every problem (nothing is saved if there is one). */
record CheckedWorkbook(List<WorkbookRow> rows, RowErrors rowErrors) implements ImportKind.Checked {

	@Override
	public List<RowError> errors() {
		return rowErrors.list();
	}
}
