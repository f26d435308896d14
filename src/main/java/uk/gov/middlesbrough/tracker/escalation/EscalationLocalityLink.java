package uk.gov.middlesbrough.tracker.escalation;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityPageLinks;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The locality's escalations to DIG, linked from its page, for everyone signed in. */
@Component
class EscalationLocalityLink implements LocalityPageLinks {

	@Override
	public List<LocalityLink> links(LocalityView locality, SignedInUser user) {
		return List.of(new LocalityLink(50, "locality-escalations", "locality.show.escalations", "/localities/" + locality.id() + "/escalations", false));
	}
}
