package uk.gov.middlesbrough.tracker.survey;

import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Who may change resident surveys: the shared questions are kept by the head of service and administrators;
 * waves and results are entered by the head of service for every locality and a neighbourhood manager for their own.
 */
public final class SurveyPermissions {

	private SurveyPermissions() {
	}

	/** Entering, correcting and importing figures for a locality: the head of service for every locality, a neighbourhood manager for their own. */
	public static boolean mayEnterFiguresFor(SignedInUser user, long localityId) {
		return user.hasRole(Role.HEAD_OF_SERVICE) || user.managesLocality(localityId);
	}

	/** Whether the user may enter or import figures for at least one locality. */
	public static boolean mayEnterFigures(SignedInUser user) {
		return user.hasRole(Role.HEAD_OF_SERVICE) || user.hasRole(Role.NEIGHBOURHOOD_MANAGER);
	}

	/** Adding survey questions (shared by every locality). */
	public static boolean mayManageQuestions(SignedInUser user) {
		return user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.HEAD_OF_SERVICE);
	}
}
