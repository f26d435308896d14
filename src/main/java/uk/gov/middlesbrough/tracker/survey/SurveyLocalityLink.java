package uk.gov.middlesbrough.tracker.survey;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityPageLinks;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The locality's resident surveys, linked from its page, for everyone signed in. */
@Component
class SurveyLocalityLink implements LocalityPageLinks {

	@Override
	public List<LocalityLink> links(LocalityView locality, SignedInUser user) {
		return List.of(new LocalityLink(30, "locality-surveys", "locality.show.surveys", "/localities/" + locality.id() + "/surveys", false));
	}
}
