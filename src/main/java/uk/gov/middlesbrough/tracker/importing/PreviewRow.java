package uk.gov.middlesbrough.tracker.importing;

import java.util.List;

/**
 * One row of an import's preview: what it would do, its cells as shown, the figure it would replace, and the workbook
 * sheet it is on (null for a CSV file).
 */
public record PreviewRow(int row, ChangeKind change, List<String> cells, String previous, String sheet) {

	/** A row of a CSV file. */
	public PreviewRow(int row, ChangeKind change, List<String> cells, String previous) {
		this(row, change, cells, previous, null);
	}
}
