package uk.gov.middlesbrough.tracker.locality;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.NavigationContribution;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The localities in the service navigation, for everyone signed in. */
@Component
class LocalityNavigation implements NavigationContribution {

	@Override
	public List<NavigationLink> links(SignedInUser user) {
		return List.of(new NavigationLink(20, "nav.localities", "/localities"));
	}
}
