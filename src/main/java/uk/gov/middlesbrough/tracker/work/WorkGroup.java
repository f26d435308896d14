package uk.gov.middlesbrough.tracker.work;

import java.util.List;
import java.util.Map;

/**
 * One kind of item in a user's work: its heading (a message key taking the count), how many items there are in each
 * locality, the first items (in the feature's order), and where one locality's full list is ({@code {locality}} in
 * the link stands for its id; null when there is no such list). {@code order} places it among every feature's groups.
 */
public record WorkGroup(String id, int order, String headingKey, Map<Long, Integer> countsByLocality, List<WorkItem> items,
		String fullListLink) {

	public int count() {
		return countsByLocality.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int countIn(long localityId) {
		return countsByLocality.getOrDefault(localityId, 0);
	}

	public boolean isEmpty() {
		return count() == 0;
	}

	/** One locality's full list, or null if the group has none. */
	public String listLink(long localityId) {
		return fullListLink == null ? null : fullListLink.replace("{locality}", String.valueOf(localityId));
	}

	/** Whether more items exist than are listed. */
	public boolean hasMore() {
		return count() > items.size();
	}
}
