package uk.gov.middlesbrough.tracker.escalation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.work.WorkGroup;
import uk.gov.middlesbrough.tracker.work.WorkItem;
import uk.gov.middlesbrough.tracker.work.WorkRequest;
import uk.gov.middlesbrough.tracker.work.WorkSource;

/**
 * What the DIG list puts in the head of service's "your work": the open items not yet raised at DIG, counted by
 * locality, from today's list across every locality (kept between requests, see {@link CurrentEscalations}).
 */
@Component
class EscalationWork implements WorkSource {

	private final EscalationQueries queries;

	EscalationWork(EscalationQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<WorkGroup> work(WorkRequest request) {
		if (!request.user().hasRole(Role.HEAD_OF_SERVICE) || request.localities().isEmpty()) {
			return List.of();
		}
		Set<Long> localityIds = new HashSet<>(request.localityIds());
		Map<Long, Integer> counts = new LinkedHashMap<>();
		List<WorkItem> items = new ArrayList<>();
		for (Escalation escalation : queries.notRaised(request.now())) {
			if (!localityIds.contains(escalation.localityId())) {
				continue;
			}
			counts.merge(escalation.localityId(), 1, Integer::sum);
			if (items.size() < request.itemsShown()) {
				items.add(new WorkItem(escalation.subject(), escalation.reason(),
						"/localities/" + escalation.localityId() + "/escalations#" + escalation.anchor(), escalation.localityId(),
						escalation.localityName()));
			}
		}
		return List.of(new WorkGroup("not-raised-at-dig", 55, "work.notRaised", counts, items,
				"/localities/{locality}/escalations"));
	}
}
