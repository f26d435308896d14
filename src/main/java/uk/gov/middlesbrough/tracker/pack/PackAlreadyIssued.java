package uk.gov.middlesbrough.tracker.pack;

/** An issued pack cannot be regenerated, replaced or deleted. */
public class PackAlreadyIssued extends RuntimeException {

	PackAlreadyIssued(Long id) {
		super("Pack " + id + " has been issued and never changes");
	}
}
