package uk.gov.middlesbrough.tracker.rollout;

import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Who may build and save a need index: the head of service, who decides where locality working goes next. Everyone
 * signed in reads the wards' figures, the saved scenarios and the evaluation (ward aggregates, small numbers
 * suppressed).
 */
public final class RolloutPermissions {

	private RolloutPermissions() {
	}

	public static boolean mayBuild(SignedInUser user) {
		return user.hasRole(Role.HEAD_OF_SERVICE);
	}
}
