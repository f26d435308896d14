package uk.gov.middlesbrough.tracker.escalation;

import java.time.LocalDate;
import java.util.List;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Creating the SMART action a DIG decision asks for, in one of the locality's plans, as the decision is recorded.
 * The plans feature implements it (this module knows nothing of plans); none means no follow-up actions are offered.
 */
public interface FollowUpActions {

	/**
	 * The locality's plans an action can be added to, in their order, as of the reading's moment; read through the
	 * reading, so a page that derived the locality's escalations from it reads no plan again.
	 */
	List<PlanChoice> plansOf(LocalityReading reading, long localityId);

	/**
	 * Adds an action to the plan, started on {@code startDate} and due on {@code dueDate}, owned by {@code ownerPost};
	 * returns its id. Refused (AccessDeniedException) if the user may not add actions to that plan.
	 */
	long add(long planId, String specific, String measure, String ownerPost, LocalDate startDate, LocalDate dueDate,
			SignedInUser user);

	/** The address of an action's page. */
	String actionPath(long actionId);

	/** A plan as the decision form offers it. */
	record PlanChoice(long id, String title) {
	}
}
