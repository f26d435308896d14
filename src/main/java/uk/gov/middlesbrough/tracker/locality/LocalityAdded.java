package uk.gov.middlesbrough.tracker.locality;

/** Published in the same transaction as a new locality, so that its plans can be created with it. */
public record LocalityAdded(long localityId, String name) {
}
