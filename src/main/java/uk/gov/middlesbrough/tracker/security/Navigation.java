package uk.gov.middlesbrough.tracker.security;

import java.util.ArrayList;
import java.util.List;

/** The navigation a role sees: only sections the user may open. */
final class Navigation {

	private Navigation() {
	}

	static List<NavigationItem> forUser(SignedInUser user, String requestPath) {
		List<NavigationItem> items = new ArrayList<>();
		add(items, "nav.home", "/", requestPath);
		add(items, "nav.localities", "/localities", requestPath);
		add(items, "nav.indicators", "/indicators", requestPath);
		add(items, "nav.compare", "/compare", requestPath);
		add(items, "nav.scrutiny", "/scrutiny", requestPath);
		add(items, "nav.escalations", "/escalations", requestPath);
		add(items, "nav.meetings", "/meetings", requestPath);
		if (user.canReadAudit()) {
			add(items, "nav.audit", "/audit", requestPath);
		}
		if (user.canManageUsers()) {
			add(items, "nav.users", "/admin/users", requestPath);
			add(items, "nav.planTemplate", "/admin/plan-template", requestPath);
		}
		return items;
	}

	private static void add(List<NavigationItem> items, String key, String href, String requestPath) {
		boolean current = href.equals("/") ? requestPath.equals("/") : requestPath.startsWith(href);
		items.add(new NavigationItem(key, href, current));
	}
}
