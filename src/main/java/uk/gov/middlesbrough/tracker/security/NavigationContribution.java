package uk.gov.middlesbrough.tracker.security;

import java.util.List;

/**
 * The links a module adds to the service navigation: each module that owns a section of the service contributes
 * its own links (as a bean), offered only to the users who may open them. The layout shows every contribution's
 * links in {@link NavigationLink#order()}.
 */
public interface NavigationContribution {

	/** This module's links for this user; empty when the user may open none of its pages. */
	List<NavigationLink> links(SignedInUser user);

	/** This module's tasks on the home page for this user (such as "Add a locality"); none by default. */
	default List<NavigationLink> tasks(SignedInUser user) {
		return List.of();
	}

	/** A link: where it goes among the others (lower first), its text's message key, and its path. */
	record NavigationLink(int order, String messageKey, String href) {
	}
}
