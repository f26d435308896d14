package uk.gov.middlesbrough.tracker.web;

import java.util.Objects;

/**
 * Someone else saved the record after this edit began (its version moved on), so nothing was saved: the page is
 * shown again with the latest values and a message saying so.
 */
public class ChangedMeanwhile extends RuntimeException {

	public ChangedMeanwhile() {
		super("Changed by someone else meanwhile");
	}

	/** The optimistic check: refuses unless the record is still at the version the edit began from. */
	public static void unlessStill(Object expectedVersion, Object actualVersion) {
		if (!Objects.equals(expectedVersion == null ? null : ((Number) expectedVersion).longValue(),
				actualVersion == null ? null : ((Number) actualVersion).longValue())) {
			throw new ChangedMeanwhile();
		}
	}
}
