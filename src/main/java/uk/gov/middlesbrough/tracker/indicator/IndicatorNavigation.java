package uk.gov.middlesbrough.tracker.indicator;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.NavigationContribution;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The PMF indicators in the service navigation, for everyone signed in. */
@Component
class IndicatorNavigation implements NavigationContribution {

	@Override
	public List<NavigationLink> links(SignedInUser user) {
		return List.of(new NavigationLink(30, "nav.indicators", "/indicators"));
	}
}
