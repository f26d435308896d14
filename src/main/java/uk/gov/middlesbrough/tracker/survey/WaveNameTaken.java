package uk.gov.middlesbrough.tracker.survey;

/** The locality already has a wave with this name (case and spaces ignored). */
public class WaveNameTaken extends RuntimeException {

	WaveNameTaken(String name) {
		super("Wave name taken: " + name);
	}
}
