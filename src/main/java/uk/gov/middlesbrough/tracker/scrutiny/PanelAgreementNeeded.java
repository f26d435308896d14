package uk.gov.middlesbrough.tracker.scrutiny;

/** Closing a recommendation (moving it to Completed or Not accepted) was tried without the panel's agreement. */
public class PanelAgreementNeeded extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	PanelAgreementNeeded(String reference, RecommendationStatus status) {
		super("Recommendation " + reference + " moves to " + status + " only with the panel's agreement");
	}
}
