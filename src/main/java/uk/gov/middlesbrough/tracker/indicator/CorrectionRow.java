package uk.gov.middlesbrough.tracker.indicator;

import java.time.Instant;

/** A correction of a figure: which one, old → new value, the note recorded with it, who and when. */
public record CorrectionRow(String localityName, String periodLabel, String oldValue, String newValue, String note,
		String recordedBy, Instant recordedAt) {
}
