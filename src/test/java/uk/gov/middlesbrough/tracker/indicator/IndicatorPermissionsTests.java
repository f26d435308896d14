package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.TestUsers;

/** Every role against the module's rules; a manager is bound to locality 7. */
class IndicatorPermissionsTests {

	@Test
	void theHeadEntersFiguresForEveryLocalityAndAManagerForTheirOwnOnly() {
		assertThat(IndicatorPermissions.mayEnterFiguresFor(TestUsers.of(1, Role.HEAD_OF_SERVICE, null), 7)).isTrue();
		assertThat(IndicatorPermissions.mayEnterFiguresFor(TestUsers.of(2, Role.NEIGHBOURHOOD_MANAGER, 7L), 7)).isTrue();
		assertThat(IndicatorPermissions.mayEnterFiguresFor(TestUsers.of(2, Role.NEIGHBOURHOOD_MANAGER, 7L), 8)).isFalse();
		assertThat(IndicatorPermissions.mayEnterFigures(TestUsers.of(2, Role.NEIGHBOURHOOD_MANAGER, 7L))).isTrue();
		for (Role role : new Role[] { Role.ADMINISTRATOR, Role.SCRUTINY_OFFICER, Role.PLAN_LEAD, Role.VIEWER }) {
			assertThat(IndicatorPermissions.mayEnterFiguresFor(TestUsers.of(3, role, 7L), 7)).as(role.name()).isFalse();
			assertThat(IndicatorPermissions.mayEnterFigures(TestUsers.of(3, role, 7L))).as(role.name()).isFalse();
		}
	}
	@Test
	void theIndicatorLibraryIsForTheHeadAndAdministrators() {
		for (Role role : Role.values()) {
			boolean expected = Set.of(Role.HEAD_OF_SERVICE, Role.ADMINISTRATOR).contains(role);
			assertThat(IndicatorPermissions.mayManageLibrary(TestUsers.of(1, role, 7L))).as(role.name()).isEqualTo(expected);
		}
	}}
