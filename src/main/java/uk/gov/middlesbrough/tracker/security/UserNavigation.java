package uk.gov.middlesbrough.tracker.security;

import java.util.List;
import org.springframework.stereotype.Component;

/** User accounts in the service navigation and the home page's tasks, for administrators (who manage accounts). */
@Component
class UserNavigation implements NavigationContribution {

	@Override
	public List<NavigationLink> links(SignedInUser user) {
		return user.hasRole(Role.ADMINISTRATOR) ? List.of(new NavigationLink(90, "nav.users", "/admin/users")) : List.of();
	}

	@Override
	public List<NavigationLink> tasks(SignedInUser user) {
		return user.hasRole(Role.ADMINISTRATOR) ? List.of(new NavigationLink(20, "nav.users", "/admin/users")) : List.of();
	}
}
