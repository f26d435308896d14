package uk.gov.middlesbrough.tracker.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.TestUsers;

/** Every role against the module's rules; a manager is bound to locality 7. */
class CaseloadPermissionsTests {

	@Test
	void theHeadEntersFiguresForEveryLocalityAndAManagerForTheirOwnOnly() {
		assertThat(CaseloadPermissions.mayEnterFiguresFor(TestUsers.of(1, Role.HEAD_OF_SERVICE, null), 7)).isTrue();
		assertThat(CaseloadPermissions.mayEnterFiguresFor(TestUsers.of(2, Role.NEIGHBOURHOOD_MANAGER, 7L), 7)).isTrue();
		assertThat(CaseloadPermissions.mayEnterFiguresFor(TestUsers.of(2, Role.NEIGHBOURHOOD_MANAGER, 7L), 8)).isFalse();
		assertThat(CaseloadPermissions.mayEnterFigures(TestUsers.of(2, Role.NEIGHBOURHOOD_MANAGER, 7L))).isTrue();
		for (Role role : new Role[] { Role.ADMINISTRATOR, Role.SCRUTINY_OFFICER, Role.PLAN_LEAD, Role.VIEWER }) {
			assertThat(CaseloadPermissions.mayEnterFiguresFor(TestUsers.of(3, role, 7L), 7)).as(role.name()).isFalse();
			assertThat(CaseloadPermissions.mayEnterFigures(TestUsers.of(3, role, 7L))).as(role.name()).isFalse();
		}
	}}
