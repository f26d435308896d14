package uk.gov.middlesbrough.tracker.escalation;

import java.util.Locale;
import uk.gov.middlesbrough.tracker.caseload.CaseloadRole;

/**
 * The keys that name an escalation's cause. A key holds only ids and a post's role and label, so it stays the
 * same while the cause persists whatever the figures, and a mark made against it follows the item.
 */
final class EscalationKeys {

	private EscalationKeys() {
	}

	static String redAction(long actionId) {
		return EscalationKind.RED_ACTION.name() + ":action:" + actionId;
	}

	static String overdueReview(long planId) {
		return EscalationKind.OVERDUE_REVIEW.name() + ":plan:" + planId;
	}

	static String worsening(long indicatorId, long localityId) {
		return EscalationKind.WORSENING.name() + ":indicator:" + indicatorId + ":locality:" + localityId;
	}

	static String offTarget(long indicatorId, long localityId) {
		return EscalationKind.OFF_TARGET.name() + ":indicator:" + indicatorId + ":locality:" + localityId;
	}

	/** A post is the same post whatever the case or surrounding spaces of its label, as on the caseload page. */
	static String overThreshold(long localityId, CaseloadRole role, String postLabel) {
		return EscalationKind.OVER_THRESHOLD.name() + ":caseload-post:" + localityId + ":" + role.name() + ":"
				+ postLabel.strip().toLowerCase(Locale.ROOT);
	}

	/** A page id for a key: "escalation-" and the key's letters and digits, other characters as hyphens. */
	static String anchor(String key) {
		return "escalation-" + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
	}
}
