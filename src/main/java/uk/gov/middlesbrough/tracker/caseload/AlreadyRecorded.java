package uk.gov.middlesbrough.tracker.caseload;

/** Figures for this post on this date are already recorded: they are corrected, not recorded twice. */
public class AlreadyRecorded extends RuntimeException {

	private final long snapshotId;

	AlreadyRecorded(long snapshotId) {
		super("Already recorded as snapshot " + snapshotId);
		this.snapshotId = snapshotId;
	}

	long snapshotId() {
		return snapshotId;
	}
}
