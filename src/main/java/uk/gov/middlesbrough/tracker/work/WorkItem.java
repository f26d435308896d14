package uk.gov.middlesbrough.tracker.work;

/**
 * One thing to do: what it is about, a short line saying why it is listed (already in words), where to settle it, and
 * its locality's name (shown when a user's work spans localities).
 */
public record WorkItem(String subject, String why, String link, long localityId, String localityName) {
}
