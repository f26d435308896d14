/**
 * The shared mechanics of CSV imports: reading an upload safely ({@link uk.gov.middlesbrough.tracker.importing.CsvFile}),
 * per-row error reports, columns that look like personal data, staging a file between preview and
 * confirmation, and the record of who imported what and when ({@link uk.gov.middlesbrough.tracker.importing.ImportBatches}).
 * Each feature brings its own columns, rules and saving.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CSV imports", allowedDependencies = {"security", "web", "exporting"})
package uk.gov.middlesbrough.tracker.importing;
