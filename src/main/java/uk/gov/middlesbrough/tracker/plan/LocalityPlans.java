package uk.gov.middlesbrough.tracker.plan;

import java.util.List;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** A locality's plans at a moment, with its headline completion (null when no plan has active actions). */
public record LocalityPlans(long localityId, String localityName, Double completion, RagCounts ragCounts,
		List<PlanSummary> plans, AsOf asOf) {

	/** Whether any plan's figures come from actions or reviews the demo data invented. */
	public boolean illustrative() {
		return plans.stream().anyMatch(PlanSummary::illustrative);
	}

	public long overdueReviews() {
		return plans.stream().filter(plan -> plan.reviewStatus() == ReviewStatus.OVERDUE).count();
	}
}
