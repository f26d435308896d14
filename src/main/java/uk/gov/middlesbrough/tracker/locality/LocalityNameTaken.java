package uk.gov.middlesbrough.tracker.locality;

/** Another locality already has this name (names are unique regardless of case). */
public class LocalityNameTaken extends RuntimeException {

	LocalityNameTaken(String name) {
		super("A locality called " + name + " already exists");
	}
}
