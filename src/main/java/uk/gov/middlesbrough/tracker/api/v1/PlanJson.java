package uk.gov.middlesbrough.tracker.api.v1;

import java.time.LocalDate;
import uk.gov.middlesbrough.tracker.plan.PlanSummary;
import uk.gov.middlesbrough.tracker.plan.RagCounts;

/**
 * A plan as of the moment asked for: its completion (a percentage, null when it has no active actions), how many of
 * its actions are in each RAG status, its review status and the lead's post and organisation (never their name).
 */
record PlanJson(long id, String title, int position, String leadPost, String leadOrganisation, Double completion,
		RagJson rag, String reviewStatus, LocalDate lastReviewed, int activeActions, boolean illustrative) {

	static PlanJson of(PlanSummary plan) {
		return new PlanJson(plan.id(), plan.title(), plan.position(), plan.leadPost(), plan.leadOrganisation(),
				plan.completion(), RagJson.of(plan.ragCounts()), plan.reviewStatus() == null ? null : plan.reviewStatus().name(),
				plan.lastReviewed(), plan.activeActions(), plan.illustrative());
	}

	/** How many actions are in each RAG status. */
	record RagJson(int notStarted, int green, int amber, int red, int complete) {

		static RagJson of(RagCounts counts) {
			return new RagJson(counts.notStarted(), counts.green(), counts.amber(), counts.red(), counts.complete());
		}
	}
}
