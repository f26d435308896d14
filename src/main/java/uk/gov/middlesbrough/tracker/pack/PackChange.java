package uk.gov.middlesbrough.tracker.pack;

import java.time.Instant;

/**
 * One thing that changed since a pack: where (null when it is not a locality's, such as a recommendation), what, how
 * it stood then and how it stands now in words, who changed it and when where a person did (null where the change
 * follows from figures or the calendar, such as a plan's RAG counts), and the page that shows it.
 */
public record PackChange(String locality, String subject, String before, String after, String who, Instant when,
		String link) {
}
