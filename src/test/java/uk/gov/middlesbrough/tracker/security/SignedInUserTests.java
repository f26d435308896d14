package uk.gov.middlesbrough.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignedInUserTests {

	@Test
	void aNeighbourhoodManagerManagesTheirOwnLocalityOnlyAndNoOtherRoleManagesOne() {
		assertThat(TestUsers.of(2, Role.NEIGHBOURHOOD_MANAGER, 7L).managesLocality(7)).isTrue();
		assertThat(TestUsers.of(2, Role.NEIGHBOURHOOD_MANAGER, 7L).managesLocality(8)).isFalse();
		for (Role role : new Role[] { Role.ADMINISTRATOR, Role.HEAD_OF_SERVICE, Role.SCRUTINY_OFFICER, Role.PLAN_LEAD,
				Role.VIEWER }) {
			assertThat(TestUsers.of(3, role, 7L).managesLocality(7)).as(role.name()).isFalse();
		}
	}
}
