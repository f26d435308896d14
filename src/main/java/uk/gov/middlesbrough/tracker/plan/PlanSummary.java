package uk.gov.middlesbrough.tracker.plan;

import java.time.LocalDate;

/**
 * A plan at a moment: completion (null when it has no active actions), RAG counts, review status and lead;
 * {@code illustrative} when any of these come from actions or reviews the demo data invented.
 */
public record PlanSummary(long id, long localityId, String title, int position, String leadPost, String leadOrganisation,
		Long leadUserId, String leadName, Double completion, RagCounts ragCounts, ReviewStatus reviewStatus, LocalDate lastReviewed,
		int activeActions, boolean illustrative) {
}
