package uk.gov.middlesbrough.tracker.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.escalation.FollowUpActions;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** A DIG decision's follow-up action: a new SMART action in one of the locality's plans, added as any action is. */
@Component
class PlanFollowUpActions implements FollowUpActions {

	private final PlanReads reads;
	private final ActionManagement actions;

	PlanFollowUpActions(PlanReads reads, ActionManagement actions) {
		this.reads = reads;
		this.actions = actions;
	}

	@Override
	public List<PlanChoice> plansOf(LocalityReading reading, long localityId) {
		LocalityPlans plans = reads.localityPlans(reading).get(localityId);
		return plans == null ? List.of() : plans.plans().stream().map(plan -> new PlanChoice(plan.id(), plan.title())).toList();
	}

	@Override
	public long add(long planId, String specific, String measure, String ownerPost, LocalDate startDate, LocalDate dueDate,
			SignedInUser user) {
		return actions.add(planId, new SmartDetails(specific, measure, "Done", null, ownerPost, null, null,
				"Decided by the Design and Implementation Group", startDate, dueDate, BigDecimal.ONE), user);
	}

	@Override
	public String actionPath(long actionId) {
		return "/actions/" + actionId;
	}
}
