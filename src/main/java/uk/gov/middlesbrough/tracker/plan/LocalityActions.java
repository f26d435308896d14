package uk.gov.middlesbrough.tracker.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A locality's actions at a moment, plan by plan (in template order) and by due date within a plan. */
public record LocalityActions(long localityId, String localityName, Map<Long, String> planTitles, List<ActionRow> actions,
		LocalDate day) {

	/** The actions a filter shows, of one plan when {@code planId} is not null. */
	public List<ActionRow> shown(ActionFilter filter, Long planId) {
		return actions.stream().filter(action -> planId == null || action.planId() == planId)
				.filter(action -> filter.shows(action, day)).toList();
	}

	/** Whether any action was invented by the demo data. */
	public boolean illustrative() {
		return actions.stream().anyMatch(ActionRow::illustrative);
	}

	public String planTitle(long planId) {
		return planTitles.get(planId);
	}
}
