package uk.gov.middlesbrough.tracker.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** Asks every feature's {@link SearchSource} and groups what they find, in the sources' order. */
@Component
public class Search {

	/** Hits a group shows; one more is asked for to know whether there are more. */
	static final int PER_KIND = 20;

	private final List<SearchSource> sources;

	Search(List<SearchSource> sources) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
	}

	public SearchResults find(SearchQuery query, SignedInUser user) {
		List<SearchResults.Group> groups = new ArrayList<>();
		if (!query.isBlank()) {
			for (SearchSource source : sources) {
				List<SearchHit> hits = source.search(query, user, PER_KIND + 1);
				if (!hits.isEmpty()) {
					groups.add(new SearchResults.Group(source.id(), source.headingKey(), hits.subList(0, Math.min(PER_KIND, hits.size())),
							hits.size() > PER_KIND));
				}
			}
		}
		return new SearchResults(query, groups);
	}
}
