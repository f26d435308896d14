package uk.gov.middlesbrough.tracker.indicator;

/** Someone else saved the record (an indicator, or the same figure) after this edit began; nothing was saved. */
class ChangedMeanwhile extends RuntimeException {

	ChangedMeanwhile() {
		super("Changed by someone else meanwhile");
	}
}
