package uk.gov.middlesbrough.tracker.importing;

import java.util.Map;

/**
 * One data row of an import: its number as a spreadsheet shows it (in a CSV file the header is row 1), its values by
 * column, and the name of the workbook sheet it came from (null for a CSV file).
 */
public record CsvRow(int number, Map<String, String> values, String sheet) {

	/** A row of a CSV file. */
	public CsvRow(int number, Map<String, String> values) {
		this(number, values, null);
	}

	/** The trimmed value of a column, or null when the column is empty. */
	public String get(String column) {
		String value = values.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Whether the row's sheet (or file) has this column at all, even if this row leaves it empty. */
	public boolean has(String column) {
		return values.containsKey(column);
	}
}
