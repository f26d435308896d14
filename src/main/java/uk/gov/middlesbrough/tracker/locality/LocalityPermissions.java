package uk.gov.middlesbrough.tracker.locality;

import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Who may add and change localities: administrators and the head of service. Everyone signed in reads them.
 */
public final class LocalityPermissions {

	private LocalityPermissions() {
	}

	public static boolean mayManage(SignedInUser user) {
		return user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.HEAD_OF_SERVICE);
	}
}
