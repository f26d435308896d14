package uk.gov.middlesbrough.tracker.caseload;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A post's caseload figures in a locality on a date were recorded: the first ones ({@code oldFigures} null) or a
 * correction. {@code importBatchId} names the import that brought them, null for a form.
 */
public record CaseloadRecorded(long localityId, LocalDate snapshotDate, CaseloadRole role, String postLabel,
		CaseloadFigures oldFigures, CaseloadFigures figures, String recordedBy, Instant recordedAt, Long importBatchId) {

	public boolean corrected() {
		return oldFigures != null;
	}
}
