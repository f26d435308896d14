package uk.gov.middlesbrough.tracker.scrutiny;

import java.util.Collection;
import java.util.List;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The SMART actions that deliver recommendations, read as the plans feature keeps them (it implements this; this
 * module knows nothing of plans). One read for any number of actions.
 */
public interface DeliveringActions {

	/**
	 * These actions as they stood at the moment (their completion and status as recorded by then, RAG judged on its
	 * day), in the order given. Ids not found, and actions not yet added to a plan by then, are left out.
	 */
	List<DeliveringAction> read(Collection<Long> actionIds, AsOf asOf);

	/**
	 * An action as a recommendation's page shows it: RAG as a word's key ({@code rag} is NOT_STARTED, GREEN, AMBER, RED
	 * or COMPLETE; null when cancelled).
	 */
	record DeliveringAction(long id, String title, String localityName, String planTitle, int completion, String rag,
			boolean cancelled, String path) {

		public boolean complete() {
			return !cancelled && completion == 100;
		}
	}
}
