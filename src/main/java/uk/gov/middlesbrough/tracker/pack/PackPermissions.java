package uk.gov.middlesbrough.tracker.pack;

import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Who may add panel meetings and produce and issue packs (and see draft packs): the scrutiny officer and the head of
 * service. Everyone signed in reads issued packs.
 */
public final class PackPermissions {

	private PackPermissions() {
	}

	public static boolean mayProduce(SignedInUser user) {
		return user.hasRole(Role.SCRUTINY_OFFICER) || user.hasRole(Role.HEAD_OF_SERVICE);
	}
}
