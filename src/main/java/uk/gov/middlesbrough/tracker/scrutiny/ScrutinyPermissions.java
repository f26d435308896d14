package uk.gov.middlesbrough.tracker.scrutiny;

import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Who may change the scrutiny recommendations tracker: the scrutiny officer and the head of service. Everyone
 * signed in reads it.
 */
public final class ScrutinyPermissions {

	private ScrutinyPermissions() {
	}

	public static boolean mayEdit(SignedInUser user) {
		return user.hasRole(Role.SCRUTINY_OFFICER) || user.hasRole(Role.HEAD_OF_SERVICE);
	}
}
