package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.TestUsers;

class PlanPermissionsTests {

	private static final long NEWPORT = 1;
	private static final long NORTH_ORMESBY = 2;

	@Test
	void theHeadOfServiceMayChangeEveryPlan() {
		SignedInUser head = TestUsers.of(10, Role.HEAD_OF_SERVICE, null);
		assertThat(PlanPermissions.mayEditPlan(head, NEWPORT)).isTrue();
		assertThat(PlanPermissions.mayWorkOnActions(head, NORTH_ORMESBY, null)).isTrue();
	}

	@Test
	void aManagerMayChangeOnlyTheirOwnLocalitysPlans() {
		SignedInUser newportManager = TestUsers.of(11, Role.NEIGHBOURHOOD_MANAGER, NEWPORT);
		assertThat(PlanPermissions.mayEditPlan(newportManager, NEWPORT)).isTrue();
		assertThat(PlanPermissions.mayWorkOnActions(newportManager, NEWPORT, 99L)).isTrue();
		assertThat(PlanPermissions.mayEditPlan(newportManager, NORTH_ORMESBY)).isFalse();
		assertThat(PlanPermissions.mayWorkOnActions(newportManager, NORTH_ORMESBY, null)).isFalse();
	}

	@Test
	void aPlanLeadMayWorkOnTheActionsOfThePlansTheyLeadButNotChangeThePlan() {
		SignedInUser lead = TestUsers.of(12, Role.PLAN_LEAD, null);
		assertThat(PlanPermissions.mayWorkOnActions(lead, NORTH_ORMESBY, 12L)).isTrue();
		assertThat(PlanPermissions.mayWorkOnActions(lead, NORTH_ORMESBY, 13L)).isFalse();
		assertThat(PlanPermissions.mayWorkOnActions(lead, NORTH_ORMESBY, null)).isFalse();
		assertThat(PlanPermissions.mayEditPlan(lead, NORTH_ORMESBY)).isFalse();
	}

	@Test
	void readOnlyRolesMayChangeNothing() {
		for (Role role : new Role[] { Role.SCRUTINY_OFFICER, Role.VIEWER, Role.ADMINISTRATOR }) {
			SignedInUser user = TestUsers.of(14, role, null);
			assertThat(PlanPermissions.mayEditPlan(user, NEWPORT)).as(role.name()).isFalse();
			assertThat(PlanPermissions.mayWorkOnActions(user, NEWPORT, 14L)).as(role.name()).isFalse();
		}
	}
}
