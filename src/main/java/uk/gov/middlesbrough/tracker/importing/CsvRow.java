package uk.gov.middlesbrough.tracker.importing;

import java.util.Map;

/** One data row of a CSV file: its number as a spreadsheet shows it (header = row 1) and its values by column. */
public record CsvRow(int number, Map<String, String> values) {

	/** The trimmed value of a column, or null when the column is empty. */
	public String get(String column) {
		String value = values.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}
}
