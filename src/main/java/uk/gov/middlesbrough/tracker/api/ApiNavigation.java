package uk.gov.middlesbrough.tracker.api;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.NavigationContribution;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The API clients in the service navigation, for administrators (who issue and revoke their tokens). */
@Component
class ApiNavigation implements NavigationContribution {

	@Override
	public List<NavigationLink> links(SignedInUser user) {
		return user.hasRole(Role.ADMINISTRATOR) ? List.of(new NavigationLink(95, "nav.apiClients", "/admin/api-clients"))
				: List.of();
	}
}
