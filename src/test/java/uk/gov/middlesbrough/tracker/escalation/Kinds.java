package uk.gov.middlesbrough.tracker.escalation;

import java.util.List;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;

/** The kinds the features contribute today, as the tests of the list expect them (name, order and colour). */
public final class Kinds {

	public static final EscalationKind WORSENING = new EscalationKind("WORSENING", 10, "govuk-tag--orange");
	public static final EscalationKind OFF_TARGET = new EscalationKind("OFF_TARGET", 20, "govuk-tag--yellow");
	public static final EscalationKind RED_ACTION = new EscalationKind("RED_ACTION", 30, "govuk-tag--red");
	public static final EscalationKind OVERDUE_REVIEW = new EscalationKind("OVERDUE_REVIEW", 40, "govuk-tag--purple");
	public static final EscalationKind OVER_THRESHOLD = new EscalationKind("OVER_THRESHOLD", 50, "govuk-tag--pink");

	public static final List<EscalationKind> ALL = List.of(WORSENING, OFF_TARGET, RED_ACTION, OVERDUE_REVIEW, OVER_THRESHOLD);

	private Kinds() {
	}

	/** The registry the app builds from its sources, here from one source naming every kind and deriving nothing. */
	public static EscalationKinds registry() {
		return new EscalationKinds(List.of(new EscalationSource() {
			@Override
			public List<String> derivedFrom() {
				return List.of();
			}

			@Override
			public List<EscalationKind> kinds() {
				return ALL;
			}

			@Override
			public List<Escalation> escalations(LocalityReading reading) {
				return List.of();
			}
		}));
	}
}
