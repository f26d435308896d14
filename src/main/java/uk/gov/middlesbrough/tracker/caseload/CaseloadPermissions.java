package uk.gov.middlesbrough.tracker.caseload;

import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Who may record caseload figures and staffing: the head of service for every locality, a neighbourhood
 * manager for their own. Everyone signed in reads them (post titles and aggregates only).
 */
public final class CaseloadPermissions {

	private CaseloadPermissions() {
	}

	/** Entering, correcting and importing figures for a locality: the head of service for every locality, a neighbourhood manager for their own. */
	public static boolean mayEnterFiguresFor(SignedInUser user, long localityId) {
		return user.hasRole(Role.HEAD_OF_SERVICE) || user.managesLocality(localityId);
	}

	/** Whether the user may enter or import figures for at least one locality. */
	static boolean mayEnterFigures(SignedInUser user) {
		return user.hasRole(Role.HEAD_OF_SERVICE) || user.hasRole(Role.NEIGHBOURHOOD_MANAGER);
	}
}
