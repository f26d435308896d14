package uk.gov.middlesbrough.tracker.locality;

/** Someone else saved the locality after this edit began; nothing was saved. */
class LocalityChangedMeanwhile extends RuntimeException {

	LocalityChangedMeanwhile(long id) {
		super("Locality " + id + " was changed by someone else");
	}
}
