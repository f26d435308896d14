package uk.gov.middlesbrough.tracker.caseload;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityPageLinks;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The locality's caseloads and staffing, linked from its page, for everyone signed in. */
@Component
class CaseloadLocalityLink implements LocalityPageLinks {

	@Override
	public List<LocalityLink> links(LocalityView locality, SignedInUser user) {
		return List.of(new LocalityLink(40, "locality-caseloads", "locality.show.caseloads", "/localities/" + locality.id() + "/caseloads", false));
	}
}
