package uk.gov.middlesbrough.tracker.scrutiny;

/** The panel already has a review of this topic, or the review already has a recommendation with this reference. */
public class AlreadyRecorded extends RuntimeException {

	AlreadyRecorded(String what) {
		super(what + " already recorded");
	}
}
