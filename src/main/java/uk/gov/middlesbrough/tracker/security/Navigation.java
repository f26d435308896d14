package uk.gov.middlesbrough.tracker.security;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.NavigationContribution.NavigationLink;

/**
 * The navigation a user sees (every module's contributed links for them, in order, the current section marked) and the
 * tasks the modules offer them on the home page.
 */
@Component
public class Navigation {

	private final List<NavigationContribution> contributions;

	Navigation(List<NavigationContribution> contributions) {
		this.contributions = contributions;
	}

	public List<NavigationItem> forUser(SignedInUser user, String requestPath) {
		return contributions.stream().flatMap(contribution -> contribution.links(user).stream())
				.sorted(Comparator.comparingInt(NavigationLink::order))
				.map(link -> new NavigationItem(link.messageKey(), link.href(), current(link.href(), requestPath)))
				.toList();
	}

	/** The tasks the modules offer this user on the home page, in order. */
	public List<NavigationLink> tasksFor(SignedInUser user) {
		return contributions.stream().flatMap(contribution -> contribution.tasks(user).stream())
				.sorted(Comparator.comparingInt(NavigationLink::order)).toList();
	}

	private static boolean current(String href, String requestPath) {
		return href.equals("/") ? requestPath.equals("/") : requestPath.startsWith(href);
	}
}
