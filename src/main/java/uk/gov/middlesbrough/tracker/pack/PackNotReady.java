package uk.gov.middlesbrough.tracker.pack;

/** A pack still being produced, or whose production failed, cannot be issued; one being produced cannot be produced again. */
public class PackNotReady extends RuntimeException {

	PackNotReady(Long id) {
		super("Pack " + id + " is not ready");
	}
}
