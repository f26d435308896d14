package uk.gov.middlesbrough.tracker.escalation;

import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Who may mark an item on the DIG list "raised at DIG": the head of service for every locality, a neighbourhood
 * manager for their own locality. Everyone signed in reads the list.
 */
public final class EscalationPermissions {

	private EscalationPermissions() {
	}

	public static boolean mayMark(SignedInUser user, long localityId) {
		return user.hasRole(Role.HEAD_OF_SERVICE) || user.managesLocality(localityId);
	}
}
