package uk.gov.middlesbrough.tracker.caseload;

import java.time.Instant;
import java.time.LocalDate;

/** A correction of one post's figures: which snapshot, who corrected it and when, the figures before and after. */
public record CorrectionRow(LocalDate snapshotDate, CaseloadRole role, String label, Instant recordedAt, String recordedBy,
		CaseloadFigures before, CaseloadFigures after) {
}
