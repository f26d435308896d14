package uk.gov.middlesbrough.tracker.scrutiny;

import java.util.List;
import uk.gov.middlesbrough.tracker.scrutiny.DeliveringActions.DeliveringAction;

/**
 * Whether a recommendation is ready to report back to the panel: it is still open, at least one action that is not
 * cancelled delivers it, and every such action is complete (100%). Cancelled actions neither count nor hold it back.
 */
public final class ReportBackReadiness {

	private ReportBackReadiness() {
	}

	public static boolean ready(RecommendationStatus status, List<DeliveringAction> actions) {
		List<DeliveringAction> live = actions.stream().filter(action -> !action.cancelled()).toList();
		return !status.closed() && !live.isEmpty() && live.stream().allMatch(DeliveringAction::complete);
	}

	/** The same at a page's moment: only the actions linked by then count (one linked later neither counts nor holds it back). */
	public static boolean readyAt(RecommendationStatus status, List<LinkedAction> linked) {
		return ready(status, linked.stream().filter(action -> !action.linkedLater()).map(LinkedAction::action).toList());
	}
}
