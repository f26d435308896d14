package uk.gov.middlesbrough.tracker.plan;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityPageLinks;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The locality's nine action plans, linked from its page, for everyone signed in. */
@Component
class PlanLocalityLink implements LocalityPageLinks {

	@Override
	public List<LocalityLink> links(LocalityView locality, SignedInUser user) {
		return List.of(new LocalityLink(20, "locality-plans", "locality.show.plans", "/localities/" + locality.id() + "/plans", false));
	}
}
