package uk.gov.middlesbrough.tracker.escalation;

import java.util.List;
import java.util.Set;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The DIG list of some localities at a moment: the open items (locality by locality, kind by kind) each with its
 * latest mark, and the marked items whose cause has since cleared, most recently raised first.
 */
public record EscalationList(List<OpenEscalation> open, List<ResolvedEscalation> resolved, AsOf asOf) {

	/** How many open items of each of these kinds (in the order given), zeros included. */
	public List<KindCount> counts(List<EscalationKind> kinds) {
		return kinds.stream()
				.map(kind -> new KindCount(kind, (int) open.stream().filter(item -> item.escalation().kind().equals(kind)).count()))
				.toList();
	}

	/** The same list keeping only these kinds (all kinds when the set is empty). */
	public EscalationList only(Set<EscalationKind> kinds) {
		if (kinds.isEmpty()) {
			return this;
		}
		return new EscalationList(open.stream().filter(item -> kinds.contains(item.escalation().kind())).toList(),
				resolved.stream().filter(item -> kinds.contains(item.asMarked().kind())).toList(), asOf);
	}

	public record KindCount(EscalationKind kind, int count) {
	}
}
