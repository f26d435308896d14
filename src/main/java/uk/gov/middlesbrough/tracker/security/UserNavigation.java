package uk.gov.middlesbrough.tracker.security;

import java.util.List;
import org.springframework.stereotype.Component;

/** User accounts in the service navigation, for administrators. */
@Component
class UserNavigation implements NavigationContribution {

	@Override
	public List<NavigationLink> links(SignedInUser user) {
		return user.canManageUsers() ? List.of(new NavigationLink(90, "nav.users", "/admin/users")) : List.of();
	}
}
