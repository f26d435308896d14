package uk.gov.middlesbrough.tracker.api.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.gov.middlesbrough.tracker.plan.ActionRow;

/**
 * An action as it stood at the moment asked for: completion and RAG (null when cancelled), the completion expected
 * by then, its dates and the owner's post.
 */
record ActionJson(long id, long planId, String planTitle, String specific, String ownerPost, String targetValue,
		LocalDate startDate, LocalDate dueDate, int completion, BigDecimal weight, String status, String rag,
		double expectedCompletion, LocalDate lastUpdatedOn, boolean illustrative) {

	static ActionJson of(ActionRow action, String planTitle) {
		return new ActionJson(action.id(), action.planId(), planTitle, action.specific(), action.ownerPost(),
				action.targetValue(), action.startDate(), action.dueDate(), action.completion(), action.weight(),
				action.status().name(), action.rag() == null ? null : action.rag().name(), action.expected(),
				action.lastUpdatedOn(), action.illustrative());
	}
}
