package uk.gov.middlesbrough.tracker.scrutiny;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.NavigationContribution;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The scrutiny recommendations tracker in the service navigation, for everyone signed in. */
@Component
class ScrutinyNavigation implements NavigationContribution {

	@Override
	public List<NavigationLink> links(SignedInUser user) {
		return List.of(new NavigationLink(50, "nav.scrutiny", "/scrutiny"));
	}
}
