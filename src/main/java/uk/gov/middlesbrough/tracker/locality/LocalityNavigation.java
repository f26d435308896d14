package uk.gov.middlesbrough.tracker.locality;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.NavigationContribution;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The localities in the service navigation, for everyone signed in, and adding one among the home page's tasks. */
@Component
class LocalityNavigation implements NavigationContribution {

	@Override
	public List<NavigationLink> links(SignedInUser user) {
		return List.of(new NavigationLink(20, "nav.localities", "/localities"));
	}

	/** "Add a locality" for those who may (it comes first among the tasks). */
	@Override
	public List<NavigationLink> tasks(SignedInUser user) {
		return LocalityPermissions.mayManage(user) ? List.of(new NavigationLink(10, "locality.list.add", "/localities/new")) : List.of();
	}
}
