package uk.gov.middlesbrough.tracker.indicator;

import java.time.Instant;

/**
 * A measurements import was confirmed: {@code recorded} new figures and {@code corrected} corrections, each kept
 * with its revision naming the import. One event for the whole file (a figure typed on a page publishes
 * {@link MeasurementRecorded}).
 */
public record MeasurementsImported(long importBatchId, int recorded, int corrected, String recordedBy, Instant recordedAt) {
}
