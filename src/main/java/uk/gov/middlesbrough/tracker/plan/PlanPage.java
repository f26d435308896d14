package uk.gov.middlesbrough.tracker.plan;

import java.util.List;

/** Everything the plan page shows. */
public record PlanPage(PlanSummary summary, String objectives, String localityName, Long leadUserId, long version,
		List<ActionRow> actions, List<ReviewRow> reviews) {

	/** Objectives are kept one per line. */
	public List<String> objectiveList() {
		return objectives == null ? List.of()
				: objectives.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
