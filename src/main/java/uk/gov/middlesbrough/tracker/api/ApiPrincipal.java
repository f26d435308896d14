package uk.gov.middlesbrough.tracker.api;

/** The client a request's token belongs to. */
record ApiPrincipal(long clientId, String name) {

	@Override
	public String toString() {
		return "API client " + clientId;
	}
}
