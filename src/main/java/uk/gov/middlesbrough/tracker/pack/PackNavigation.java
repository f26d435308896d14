package uk.gov.middlesbrough.tracker.pack;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.NavigationContribution;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** Panel meetings and packs in the service navigation, for everyone signed in. */
@Component
class PackNavigation implements NavigationContribution {

	@Override
	public List<NavigationLink> links(SignedInUser user) {
		return List.of(new NavigationLink(70, "nav.meetings", "/meetings"));
	}
}
