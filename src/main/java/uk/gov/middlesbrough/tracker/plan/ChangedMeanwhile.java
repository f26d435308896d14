package uk.gov.middlesbrough.tracker.plan;

/** Someone else saved the record after this edit began; nothing was saved. */
class ChangedMeanwhile extends RuntimeException {

	ChangedMeanwhile() {
		super("Changed by someone else meanwhile");
	}
}
