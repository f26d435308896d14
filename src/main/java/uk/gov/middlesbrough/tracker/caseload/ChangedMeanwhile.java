package uk.gov.middlesbrough.tracker.caseload;

/** Someone else saved the figures after this edit began; nothing was saved. */
class ChangedMeanwhile extends RuntimeException {

	ChangedMeanwhile() {
		super("Changed by someone else meanwhile");
	}
}
