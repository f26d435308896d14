package uk.gov.middlesbrough.tracker.search;

/**
 * What someone typed in the search box, as PostgreSQL's {@code websearch_to_tsquery} reads it (words, "quoted
 * phrases", -excluded words) with English stemming, so "patrol" finds "patrols".
 */
public record SearchQuery(String text) {

	public static final int MAX_LENGTH = 200;

	/** The tsquery of parameter {@code :q}, for a source's SQL. */
	public static final String TSQUERY = "websearch_to_tsquery('english', :q)";

	/** A document expression matching the query: {@code SQL_MATCH.formatted(document)}. */
	public static final String SQL_MATCH = "to_tsvector('english', %s) @@ " + TSQUERY;

	public SearchQuery {
		text = text == null ? "" : text.strip();
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
		}
	}

	public boolean isBlank() {
		return text.isEmpty();
	}
}
