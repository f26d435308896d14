package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.TestUsers;

/** Every role against the module's rules; a manager is bound to locality 7. */
class PackPermissionsTests {

	@Test
	void packsAreProducedByTheScrutinyOfficerAndTheHead() {
		for (Role role : Role.values()) {
			boolean expected = Set.of(Role.SCRUTINY_OFFICER, Role.HEAD_OF_SERVICE).contains(role);
			assertThat(PackPermissions.mayProduce(TestUsers.of(1, role, 7L))).as(role.name()).isEqualTo(expected);
		}
	}}
