package uk.gov.middlesbrough.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.security.NavigationContribution.NavigationLink;

/** The collector: every module's links in order, whatever order the modules come in, the current section marked. */
class NavigationTests {

	private static SignedInUser user(Role role) {
		return new SignedInUser(1, "someone", "Someone", role, null, "", true);
	}

	private final Navigation navigation = new Navigation(List.of(
			user -> List.of(new NavigationLink(20, "nav.localities", "/localities")),
			user -> user.hasRole(Role.ADMINISTRATOR) ? List.of(new NavigationLink(90, "nav.users", "/admin/users")) : List.of(),
			user -> List.of(new NavigationLink(10, "nav.home", "/"), new NavigationLink(40, "nav.compare", "/compare")),
			user -> List.of(new NavigationLink(30, "nav.indicators", "/indicators"))));

	@Test
	void listsEveryContributedLinkTheUserIsOfferedInOrder() {
		assertThat(navigation.forUser(user(Role.ADMINISTRATOR), "/")).extracting(NavigationItem::href)
			.containsExactly("/", "/localities", "/indicators", "/compare", "/admin/users");
		assertThat(navigation.forUser(user(Role.VIEWER), "/")).extracting(NavigationItem::href)
			.containsExactly("/", "/localities", "/indicators", "/compare");
	}

	@Test
	void marksTheSectionThePageBelongsTo() {
		assertThat(navigation.forUser(user(Role.VIEWER), "/localities/3/edit")).extracting(NavigationItem::current)
			.containsExactly(false, true, false, false);
		assertThat(navigation.forUser(user(Role.VIEWER), "/")).extracting(NavigationItem::current)
			.containsExactly(true, false, false, false);
		assertThat(navigation.forUser(user(Role.VIEWER), "/indicators/import")).extracting(NavigationItem::current)
			.containsExactly(false, false, true, false);
	}
}
