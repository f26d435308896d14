package uk.gov.middlesbrough.tracker.audit;

import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Who may read the audit trail: administrators and the head of service.
 */
final class AuditPermissions {

	private AuditPermissions() {
	}

	static boolean mayRead(SignedInUser user) {
		return user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.HEAD_OF_SERVICE);
	}
}
