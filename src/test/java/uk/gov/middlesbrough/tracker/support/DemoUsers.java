package uk.gov.middlesbrough.tracker.support;

import java.util.Map;
import uk.gov.middlesbrough.tracker.security.Role;

/** The demo users (db/demo) tests sign in as, one per role. */
public final class DemoUsers {

	public static final String PASSWORD = "demo-locality-2022";

	public static final Map<Role, String> BY_ROLE = Map.of(
			Role.ADMINISTRATOR, "admin",
			Role.HEAD_OF_SERVICE, "head",
			Role.SCRUTINY_OFFICER, "scrutiny",
			Role.NEIGHBOURHOOD_MANAGER, "newport.manager",
			Role.PLAN_LEAD, "police.lead",
			Role.VIEWER, "viewer");

	private DemoUsers() {
	}
}
