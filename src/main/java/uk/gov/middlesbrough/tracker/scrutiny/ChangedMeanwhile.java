package uk.gov.middlesbrough.tracker.scrutiny;

/** Someone else saved the recommendation after this edit began; nothing was saved. */
class ChangedMeanwhile extends RuntimeException {

	ChangedMeanwhile() {
		super("Changed by someone else meanwhile");
	}
}
