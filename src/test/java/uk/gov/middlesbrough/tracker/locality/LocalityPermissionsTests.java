package uk.gov.middlesbrough.tracker.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.TestUsers;

/** Every role against the module's rules; a manager is bound to locality 7. */
class LocalityPermissionsTests {

	@Test
	void localitiesAreManagedByAdministratorsAndTheHead() {
		for (Role role : Role.values()) {
			boolean expected = Set.of(Role.ADMINISTRATOR, Role.HEAD_OF_SERVICE).contains(role);
			assertThat(LocalityPermissions.mayManage(TestUsers.of(1, role, 7L))).as(role.name()).isEqualTo(expected);
		}
	}}
