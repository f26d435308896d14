package uk.gov.middlesbrough.tracker.caseload;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One post's figures on a snapshot date as known at the page's moment: who recorded them and when, whether
 * they are a correction, and how they stand against the role's threshold.
 */
public record PostFigures(long snapshotId, LocalDate snapshotDate, CaseloadRole role, String label, CaseloadFigures figures,
		String source, Instant recordedAt, String recordedBy, boolean corrected, long version, CaseloadFlag flag) {

	/** The same post whatever the date: role and label (without regard to case). */
	String postKey() {
		return role.name() + "|" + PostLabel.key(label);
	}
}
