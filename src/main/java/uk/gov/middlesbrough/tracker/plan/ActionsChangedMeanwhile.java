package uk.gov.middlesbrough.tracker.plan;

import java.util.Set;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;

/** Some of the actions in one submit were saved by someone else after the form was read, so none was saved. */
public class ActionsChangedMeanwhile extends ChangedMeanwhile {

	private final Set<Long> actionIds;

	ActionsChangedMeanwhile(Set<Long> actionIds) {
		this.actionIds = Set.copyOf(actionIds);
	}

	/** The actions whose versions had moved on. */
	public Set<Long> actionIds() {
		return actionIds;
	}
}
