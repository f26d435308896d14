package uk.gov.middlesbrough.tracker.importing;

/**
 * One problem in one row of an import: the row number as a spreadsheet shows it (the header is row 1), the workbook
 * sheet it is on (null for a CSV file), the column, the value found and a message key with its arguments.
 */
public record RowError(int row, String column, String value, String messageKey, Object[] args, String sheet) {

	/** A problem in a row of a CSV file. */
	public RowError(int row, String column, String value, String messageKey, Object[] args) {
		this(row, column, value, messageKey, args, null);
	}
}
