package uk.gov.middlesbrough.tracker.caseload;

import java.time.LocalDate;

/** A post's figures to record for a date: which post, the figures, and where they come from (optional). */
public record NewSnapshot(LocalDate snapshotDate, CaseloadRole role, String postLabel, CaseloadFigures figures, String source) {
}
