package uk.gov.middlesbrough.tracker.escalation;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every kind the features contribute, in the list's order. */
@Component
public class EscalationKinds {

	private final List<EscalationKind> all;

	EscalationKinds(List<EscalationSource> sources) {
		this.all = sources.stream().flatMap(source -> source.kinds().stream())
				.sorted(Comparator.comparingInt(EscalationKind::order)).toList();
	}

	public List<EscalationKind> all() {
		return all;
	}

	/** The kind of this name; a kind no feature contributes any more (a mark made long ago) is listed last, in grey. */
	EscalationKind named(String name) {
		return all.stream().filter(kind -> kind.name().equals(name)).findFirst()
				.orElseGet(() -> new EscalationKind(name, Integer.MAX_VALUE, "govuk-tag--grey"));
	}

	/** The kinds named in a query string; values that name no kind are ignored. */
	public Set<EscalationKind> chosen(List<String> values) {
		List<String> given = values == null ? List.of() : values;
		return all.stream().filter(kind -> given.stream().anyMatch(kind::named))
				.collect(Collectors.toCollection(LinkedHashSet::new));
	}
}
