package uk.gov.middlesbrough.tracker.rollout;

/** A ward of the council, and the locality running in it if there is one (null otherwise). */
public record Ward(long id, String name, Integer population, Integer children, Long localityId, String localityName,
		boolean illustrative) {

	public boolean locality() {
		return localityId != null;
	}
}
