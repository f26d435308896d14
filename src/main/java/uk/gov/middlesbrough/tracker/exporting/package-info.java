/**
 * Every table as CSV and XLSX: one {@link uk.gov.middlesbrough.tracker.exporting.ExportTable} per table, written
 * by commons-csv or fastexcel, with text cells neutralised against formula injection in both formats.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exports", allowedDependencies = {})
package uk.gov.middlesbrough.tracker.exporting;
