package uk.gov.middlesbrough.tracker.search;

/** One thing found: what it is called, a line of context (where it is, the words that matched), and its page. */
public record SearchHit(String title, String context, String link) {
}
