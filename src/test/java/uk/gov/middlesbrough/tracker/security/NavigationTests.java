package uk.gov.middlesbrough.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NavigationTests {

	private static SignedInUser user(Role role) {
		return new SignedInUser(1, "someone", "Someone", role, null, "", true);
	}

	@Test
	void offersIndicatorsScrutinyAndEscalationsToEveryoneUsersOnlyToAdministratorsAndTheAuditTrailToAdministratorsAndTheHead() {
		assertThat(Navigation.forUser(user(Role.ADMINISTRATOR), "/")).extracting(NavigationItem::href)
			.containsExactly("/", "/localities", "/indicators", "/compare", "/scrutiny", "/escalations", "/meetings", "/audit", "/admin/users", "/admin/plan-template");
		assertThat(Navigation.forUser(user(Role.HEAD_OF_SERVICE), "/")).extracting(NavigationItem::href)
			.containsExactly("/", "/localities", "/indicators", "/compare", "/scrutiny", "/escalations", "/meetings", "/audit");
		for (Role role : new Role[] { Role.SCRUTINY_OFFICER, Role.NEIGHBOURHOOD_MANAGER, Role.PLAN_LEAD, Role.VIEWER }) {
			assertThat(Navigation.forUser(user(role), "/")).extracting(NavigationItem::href)
				.containsExactly("/", "/localities", "/indicators", "/compare", "/scrutiny", "/escalations", "/meetings");
		}
	}

	@Test
	void marksTheSectionThePageBelongsTo() {
		assertThat(Navigation.forUser(user(Role.VIEWER), "/localities/3/edit")).extracting(NavigationItem::current)
			.containsExactly(false, true, false, false, false, false, false);
		assertThat(Navigation.forUser(user(Role.VIEWER), "/")).extracting(NavigationItem::current)
			.containsExactly(true, false, false, false, false, false, false);
		assertThat(Navigation.forUser(user(Role.VIEWER), "/indicators/import")).extracting(NavigationItem::current)
			.containsExactly(false, false, true, false, false, false, false);
		assertThat(Navigation.forUser(user(Role.VIEWER), "/scrutiny/recommendations/7")).extracting(NavigationItem::current)
			.containsExactly(false, false, false, false, true, false, false);
	}
}
