package uk.gov.middlesbrough.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignedInUserTests {

	@Test
	void theHeadEntersFiguresForEveryLocalityAndAManagerForTheirOwnOnly() {
		assertThat(TestUsers.of(1, Role.HEAD_OF_SERVICE, null).mayEnterFiguresFor(7)).isTrue();
		assertThat(TestUsers.of(2, Role.NEIGHBOURHOOD_MANAGER, 7L).mayEnterFiguresFor(7)).isTrue();
		assertThat(TestUsers.of(2, Role.NEIGHBOURHOOD_MANAGER, 7L).mayEnterFiguresFor(8)).isFalse();
		for (Role role : new Role[] { Role.ADMINISTRATOR, Role.SCRUTINY_OFFICER, Role.PLAN_LEAD, Role.VIEWER }) {
			assertThat(TestUsers.of(3, role, 7L).mayEnterFiguresFor(7)).as(role.name()).isFalse();
			assertThat(TestUsers.of(3, role, 7L).mayEnterFigures()).as(role.name()).isFalse();
		}
	}

	@Test
	void theIndicatorLibraryIsForTheHeadAndAdministrators() {
		assertThat(TestUsers.of(1, Role.HEAD_OF_SERVICE, null).canManageIndicators()).isTrue();
		assertThat(TestUsers.of(1, Role.ADMINISTRATOR, null).canManageIndicators()).isTrue();
		assertThat(TestUsers.of(1, Role.NEIGHBOURHOOD_MANAGER, 1L).canManageIndicators()).isFalse();
		assertThat(TestUsers.of(1, Role.SCRUTINY_OFFICER, null).canManageIndicators()).isFalse();
	}

	@Test
	void theScrutinyTrackerIsKeptByTheScrutinyOfficerAndTheHead() {
		assertThat(TestUsers.of(1, Role.SCRUTINY_OFFICER, null).canEditScrutiny()).isTrue();
		assertThat(TestUsers.of(1, Role.HEAD_OF_SERVICE, null).canEditScrutiny()).isTrue();
		for (Role role : new Role[] { Role.ADMINISTRATOR, Role.NEIGHBOURHOOD_MANAGER, Role.PLAN_LEAD, Role.VIEWER }) {
			assertThat(TestUsers.of(1, role, 1L).canEditScrutiny()).as(role.name()).isFalse();
		}
	}
}
