package uk.gov.middlesbrough.tracker.plan;

import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Who may change a plan. The head of service may change anything operational; a neighbourhood manager
 * their own locality's plans; a plan lead the actions and reviews of the plans they lead. Scrutiny
 * officers, panel members and administrators read only.
 */
public final class PlanPermissions {

	private PlanPermissions() {
	}

	/** Objectives, lead and the plan's own details. */
	public static boolean mayEditPlan(SignedInUser user, long planLocalityId) {
		return user.hasRole(Role.HEAD_OF_SERVICE)
				|| (user.hasRole(Role.NEIGHBOURHOOD_MANAGER) && Long.valueOf(planLocalityId).equals(user.localityId()));
	}

	/** Adding and updating actions, recording progress and the monthly review. */
	public static boolean mayWorkOnActions(SignedInUser user, long planLocalityId, Long planLeadUserId) {
		return mayEditPlan(user, planLocalityId)
				|| (user.hasRole(Role.PLAN_LEAD) && planLeadUserId != null && planLeadUserId == user.id());
	}
}
