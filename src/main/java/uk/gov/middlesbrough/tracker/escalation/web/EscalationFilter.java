package uk.gov.middlesbrough.tracker.escalation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.gov.middlesbrough.tracker.escalation.EscalationKind;
import uk.gov.middlesbrough.tracker.escalation.EscalationKinds;

/**
 * What the list is filtered by, read leniently from the query string: localities by id (none means all) and kinds
 * (none means all). A value that is not a number or not a kind is ignored rather than refused.
 */
record EscalationFilter(List<Long> localityIds, Set<EscalationKind> kinds) {

	static EscalationFilter of(List<String> localities, List<String> kinds, EscalationKinds known) {
		List<Long> ids = new ArrayList<>();
		for (String value : localities == null ? List.<String>of() : localities) {
			try {
				Long id = Long.valueOf(value.strip());
				if (!ids.contains(id)) {
					ids.add(id);
				}
			}
			catch (NumberFormatException ex) {
				// not a locality: ignored
			}
		}
		return new EscalationFilter(List.copyOf(ids), known.chosen(kinds));
	}

	boolean filtered() {
		return !localityIds.isEmpty() || !kinds.isEmpty();
	}

	/** The kinds' names, for links that keep the filter. */
	List<String> kindNames() {
		return kinds.stream().map(EscalationKind::name).toList();
	}
}
