package uk.gov.middlesbrough.tracker.search;

import java.util.List;

/** Everything found for a query, one group a kind (kinds with nothing found left out). */
public record SearchResults(SearchQuery query, List<Group> groups) {

	public record Group(String id, String headingKey, List<SearchHit> hits, boolean more) {
	}

	public int total() {
		return groups.stream().mapToInt(group -> group.hits().size()).sum();
	}
}
