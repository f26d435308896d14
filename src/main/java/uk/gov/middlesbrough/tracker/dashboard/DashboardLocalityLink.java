package uk.gov.middlesbrough.tracker.dashboard;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityPageLinks;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The locality's dashboard, linked from its page, for everyone signed in. */
@Component
class DashboardLocalityLink implements LocalityPageLinks {

	@Override
	public List<LocalityLink> links(LocalityView locality, SignedInUser user) {
		return List.of(new LocalityLink(10, "locality-dashboard", "locality.show.dashboard", "/localities/" + locality.id() + "/dashboard", true));
	}
}
