package uk.gov.middlesbrough.tracker.escalation;

/** Why something is on the DIG list, in the order the list and its counts show the kinds. */
public enum EscalationKind {
	/** An indicator's latest figure is worse than the one before, by more than its tolerance. */
	WORSENING,
	/** An indicator's latest figure misses its target by more than its tolerance. */
	OFF_TARGET,
	/** An action that is Red: past its due date unfinished, or too far behind its expected completion. */
	RED_ACTION,
	/** A plan not reviewed in the last calendar month. */
	OVERDUE_REVIEW,
	/** A practitioner post carrying more children than its role's threshold. */
	OVER_THRESHOLD;

	public String messageKey() {
		return "escalation.kind." + name();
	}

	/** The GOV.UK tag colour that goes with the kind's name (the name always shows: colour only supports it). */
	public String tagClass() {
		switch (this) {
			case WORSENING:
				return "govuk-tag--orange";
			case OFF_TARGET:
				return "govuk-tag--yellow";
			case RED_ACTION:
				return "govuk-tag--red";
			case OVERDUE_REVIEW:
				return "govuk-tag--purple";
			default:
				return "govuk-tag--pink";
		}
	}

	/** The kind's name in the plural, for counts ("Red actions"). */
	public String pluralMessageKey() {
		return "escalation.kinds." + name();
	}
}
