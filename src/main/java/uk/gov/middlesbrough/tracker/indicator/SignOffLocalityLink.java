package uk.gov.middlesbrough.tracker.indicator;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityPageLinks;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The locality's sign-offs of figures, linked from its page, for everyone signed in. */
@Component
class SignOffLocalityLink implements LocalityPageLinks {

	@Override
	public List<LocalityLink> links(LocalityView locality, SignedInUser user) {
		return List.of(new LocalityLink(60, "locality-sign-off", "signOff.link", "/localities/" + locality.id() + "/sign-off", false));
	}
}
