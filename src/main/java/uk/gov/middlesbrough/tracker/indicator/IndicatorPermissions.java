package uk.gov.middlesbrough.tracker.indicator;

import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Who may change PMF indicators: the library (shared definitions) is kept by the head of service and
 * administrators; figures are entered by the head of service for every locality and a neighbourhood manager for
 * their own. Everyone signed in reads them. Used both by the use cases (which refuse) and the pages (which offer).
 */
public final class IndicatorPermissions {

	private IndicatorPermissions() {
	}

	/** Entering, correcting and importing figures for a locality: the head of service for every locality, a neighbourhood manager for their own. */
	public static boolean mayEnterFiguresFor(SignedInUser user, long localityId) {
		return user.hasRole(Role.HEAD_OF_SERVICE) || user.managesLocality(localityId);
	}

	/** Whether the user may enter or import figures for at least one locality. */
	public static boolean mayEnterFigures(SignedInUser user) {
		return user.hasRole(Role.HEAD_OF_SERVICE) || user.hasRole(Role.NEIGHBOURHOOD_MANAGER);
	}

	/** Adding and changing indicator definitions (name, unit, polarity, target, tolerance). */
	public static boolean mayManageLibrary(SignedInUser user) {
		return user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.HEAD_OF_SERVICE);
	}
}
