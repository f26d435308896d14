package uk.gov.middlesbrough.tracker.escalation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;

/**
 * Collects the DIG list of some localities as of a moment from every feature's {@link EscalationSource}, ordered
 * locality by locality (in the reading's order) and kind by kind; within a kind, items keep their source's order.
 */
@Component
class EscalationDerivation {

	private final List<EscalationSource> sources;

	EscalationDerivation(List<EscalationSource> sources) {
		this.sources = sources;
	}

	List<Escalation> derive(LocalityReading reading) {
		if (reading.isEmpty()) {
			return List.of();
		}
		List<Escalation> found = new ArrayList<>();
		sources.forEach(source -> found.addAll(source.escalations(reading)));
		Map<Long, Integer> position = new HashMap<>();
		List<Long> ids = reading.ids();
		for (int i = 0; i < ids.size(); i++) {
			position.put(ids.get(i), i);
		}
		found.removeIf(item -> !position.containsKey(item.localityId()));
		found.sort(Comparator.comparing((Escalation item) -> position.get(item.localityId()))
				.thenComparingInt(item -> item.kind().order()));
		return found;
	}
}
