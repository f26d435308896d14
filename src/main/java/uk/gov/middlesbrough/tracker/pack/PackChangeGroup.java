package uk.gov.middlesbrough.tracker.pack;

import java.util.List;

/**
 * A kind of change a feature lists since a pack (plans that moved, actions that changed RAG, figures recorded or
 * corrected, ...), under its heading, in {@code order} among the others.
 */
public record PackChangeGroup(int order, String id, String headingKey, List<PackChange> changes) {

	public PackChangeGroup {
		changes = List.copyOf(changes);
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	public int count() {
		return changes.size();
	}
}
