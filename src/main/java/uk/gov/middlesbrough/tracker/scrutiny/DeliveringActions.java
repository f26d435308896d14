package uk.gov.middlesbrough.tracker.scrutiny;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The SMART actions that deliver recommendations, read as the plans feature keeps them (it implements this; this
 * module knows nothing of plans). One read for any number of actions.
 */
public interface DeliveringActions {

	/** These actions as they stand on {@code day} (ids not found are left out), in the order given. */
	List<DeliveringAction> read(Collection<Long> actionIds, LocalDate day);

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
