package uk.gov.middlesbrough.tracker.dashboard;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.NavigationContribution;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The home page and the comparison in the service navigation, for everyone signed in. */
@Component
class DashboardNavigation implements NavigationContribution {

	@Override
	public List<NavigationLink> links(SignedInUser user) {
		return List.of(new NavigationLink(10, "nav.home", "/"), new NavigationLink(40, "nav.compare", "/compare"));
	}
}
