package uk.gov.middlesbrough.tracker.escalation;

import java.util.List;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;

/**
 * A feature that puts items on the DIG list: it names its kinds and derives its items for some localities as of a
 * moment. The escalation module only collects the items, keeps their "raised at DIG" marks and lists them.
 */
public interface EscalationSource {

	/** The kinds of item this feature derives. */
	List<EscalationKind> kinds();

	/**
	 * The items of the reading's localities as of its moment, derived from the feature's read of them through
	 * {@link LocalityReading#once} (so a dashboard that shows the same figures does not read them twice), in the
	 * order the feature lists them; a fixed number of statements however many localities and items.
	 */
	List<Escalation> escalations(LocalityReading reading);

	/**
	 * The tables whose data the items are derived from. The list across every locality is derived again only after
	 * a transaction has changed one of them, so each must carry the trigger {@code tr_escalation_source_changed}
	 * (added by the feature's migration, as V023 does for the first features; the app checks at start and derives
	 * every time if one lacks it). Empty when the items derive from nothing recorded.
	 */
	List<String> derivedFrom();
}
