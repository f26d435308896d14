package uk.gov.middlesbrough.tracker.importing;

import java.time.Instant;

/** A confirmed import as the import pages list it: who imported what, when, and what it changed. */
public record ImportRecord(long id, String fileName, String sha256, int rowCount, String uploadedBy, Instant confirmedAt,
		ImportCounts counts) {
}
