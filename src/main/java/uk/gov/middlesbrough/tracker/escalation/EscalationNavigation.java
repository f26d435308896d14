package uk.gov.middlesbrough.tracker.escalation;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.NavigationContribution;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The escalations to DIG in the service navigation, for everyone signed in. */
@Component
class EscalationNavigation implements NavigationContribution {

	@Override
	public List<NavigationLink> links(SignedInUser user) {
		return List.of(new NavigationLink(60, "nav.escalations", "/escalations"));
	}
}
