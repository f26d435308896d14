package uk.gov.middlesbrough.tracker.plan.web;

import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import uk.gov.middlesbrough.tracker.plan.LocalityPlans;
import uk.gov.middlesbrough.tracker.plan.PlanPage;
import uk.gov.middlesbrough.tracker.plan.PlanPermissions;
import uk.gov.middlesbrough.tracker.plan.PlanQueries;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** A locality's nine plans, and one plan's page. Everyone signed in may read them. */
@Controller
class PlanPagesController {

	private final PlanQueries queries;
	private final Clock clock;

	PlanPagesController(PlanQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping("/localities/{id}/plans")
	String localityPlans(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		LocalityPlans plans = queries.localityPlans(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("locality", id));
		model.addAttribute("localityPlans", plans);
		model.addAttribute("mayImportPlans", PlanPermissions.mayEditPlan(user, id));
		return "plan/locality-plans";
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		AsOf now = AsOf.now(clock);
		PlanPage page = queries.plan(id, now).orElseThrow(() -> new NotFound("plan", id));
		model.addAttribute("page", page);
		model.addAttribute("today", now.day());
		model.addAttribute("canEditPlan", PlanPermissions.mayEditPlan(user, page.summary().localityId()));
		model.addAttribute("canWorkOnActions",
				PlanPermissions.mayWorkOnActions(user, page.summary().localityId(), page.leadUserId()));
		return "plan/plan";
	}
}
