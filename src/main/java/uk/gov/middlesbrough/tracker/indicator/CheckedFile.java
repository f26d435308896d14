package uk.gov.middlesbrough.tracker.indicator;

import java.util.List;
import uk.gov.middlesbrough.tracker.importing.ImportKind;
import uk.gov.middlesbrough.tracker.importing.RowError;

/** A measurements file after every row was checked: the figures it holds, or what is wrong with it. */
record CheckedFile(List<CheckedRow> rows, List<RowError> errors) implements ImportKind.Checked {

	List<FigureEntry> entries() {
		return rows.stream().map(CheckedRow::entry).toList();
	}

	/** A good row: its number, the figure, and the words to show for it in the preview. */
	record CheckedRow(int number, FigureEntry entry, IndicatorView indicator, String localityName) {
	}
}
