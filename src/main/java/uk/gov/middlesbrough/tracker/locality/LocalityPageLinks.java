package uk.gov.middlesbrough.tracker.locality;

import java.util.List;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * The links a module adds to a locality's page (its dashboard, plans, surveys, caseloads, escalations, sign-off of
 * figures): each feature that has pages for a locality contributes its own, offered only to users who may open them;
 * the page lists every contribution's links in {@link LocalityLink#order()}.
 */
public interface LocalityPageLinks {

	List<LocalityLink> links(LocalityView locality, SignedInUser user);

	/**
	 * A link: where it goes among the others (lower first), its element id, its text's message key, its path, and whether
	 * it is the page's main link (shown in bold).
	 */
	record LocalityLink(int order, String id, String messageKey, String href, boolean main) {
	}
}
