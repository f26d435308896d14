package uk.gov.middlesbrough.tracker.importing;

import java.time.Instant;

/** A file uploaded and previewed, waiting for the user to confirm it (or already confirmed). */
public record StagedImport(long id, String kind, String fileName, String content, String sha256, int rowCount,
		String uploadedBy, Instant uploadedAt, boolean confirmed) {
}
