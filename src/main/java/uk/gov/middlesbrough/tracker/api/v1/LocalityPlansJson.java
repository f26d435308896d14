package uk.gov.middlesbrough.tracker.api.v1;

import java.time.LocalDate;
import java.util.List;
import uk.gov.middlesbrough.tracker.plan.LocalityPlans;

/** A locality as of a day: its headline completion and RAG counts across its plans, and each plan's. */
record LocalityPlansJson(LocalityJson locality, LocalDate asOf, Double completion, PlanJson.RagJson rag,
		List<PlanJson> plans) {

	static LocalityPlansJson of(LocalityJson locality, LocalityPlans plans) {
		return new LocalityPlansJson(locality, plans.asOf().day(), plans.completion(), PlanJson.RagJson.of(plans.ragCounts()),
				plans.plans().stream().map(PlanJson::of).toList());
	}
}
