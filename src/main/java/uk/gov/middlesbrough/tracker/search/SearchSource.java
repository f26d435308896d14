package uk.gov.middlesbrough.tracker.search;

import java.util.List;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * A feature's part of the search: what it finds for a query, best match first, at most {@code limit}; only what the
 * user may read. Each source matches with PostgreSQL full-text search ({@link SearchQuery#SQL_MATCH}) on an indexed
 * expression, so a search costs one statement a source however much is stored.
 */
public interface SearchSource {

	/** A name for the source's group, for ids in the page ("actions"). */
	String id();

	/** The heading the source's results go under, a message key taking their number. */
	String headingKey();

	int order();

	List<SearchHit> search(SearchQuery query, SignedInUser user, int limit);
}
