package uk.gov.middlesbrough.tracker.escalation;

import java.util.Locale;
import uk.gov.middlesbrough.tracker.caseload.CaseloadRole;

/** The keys the features give their items, written out as the tests expect them (they are stored with marks). */
final class EscalationKeys {

	private EscalationKeys() {
	}

	static String redAction(long actionId) {
		return "RED_ACTION:action:" + actionId;
	}

	static String overdueReview(long planId) {
		return "OVERDUE_REVIEW:plan:" + planId;
	}

	static String worsening(long indicatorId, long localityId) {
		return "WORSENING:indicator:" + indicatorId + ":locality:" + localityId;
	}

	static String offTarget(long indicatorId, long localityId) {
		return "OFF_TARGET:indicator:" + indicatorId + ":locality:" + localityId;
	}

	static String overThreshold(long localityId, CaseloadRole role, String postLabel) {
		return "OVER_THRESHOLD:caseload-post:" + localityId + ":" + role.name() + ":" + postLabel.strip().toLowerCase(Locale.ROOT);
	}

	static String anchor(String key) {
		return new Escalation(key, Kinds.RED_ACTION, 0, "", "", "", "/").anchor();
	}
}
