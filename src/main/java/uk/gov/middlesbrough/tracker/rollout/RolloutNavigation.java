package uk.gov.middlesbrough.tracker.rollout;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.NavigationContribution;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** Roll-out planning in the service navigation, for everyone signed in. */
@Component
class RolloutNavigation implements NavigationContribution {

	@Override
	public List<NavigationLink> links(SignedInUser user) {
		return List.of(new NavigationLink(65, "nav.rollout", "/rollout"));
	}
}
