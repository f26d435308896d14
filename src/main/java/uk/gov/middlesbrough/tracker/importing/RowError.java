package uk.gov.middlesbrough.tracker.importing;

/**
 * One problem in one row of an import: the row number as a spreadsheet shows it (the header is row 1),
 * the column, the value found and a message key with its arguments.
 */
public record RowError(int row, String column, String value, String messageKey, Object[] args) {
}
