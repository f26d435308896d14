package uk.gov.middlesbrough.tracker.plan.web;

import java.time.Clock;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.middlesbrough.tracker.plan.ActionFilter;
import uk.gov.middlesbrough.tracker.plan.LocalityActions;
import uk.gov.middlesbrough.tracker.plan.PlanQueries;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * A locality's actions filtered (Red or Amber, no update this month, one RAG status): where "your work" and the RAG
 * counts lead. Everyone signed in may read it, as they may read the plans.
 */
@Controller
class LocalityActionsController {

	private final PlanQueries queries;
	private final Clock clock;

	LocalityActionsController(PlanQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping("/localities/{id}/actions")
	String actions(@PathVariable long id, @RequestParam(name = "show", required = false) String show,
			@RequestParam(name = "plan", required = false) Long plan, Model model) {
		LocalityActions actions = queries.localityActions(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("locality", id));
		ActionFilter filter = show == null ? ActionFilter.ALL : ActionFilter.named(show).orElse(ActionFilter.ALL);
		model.addAttribute("actions", actions);
		model.addAttribute("filter", filter);
		// A plan of another locality is not among this locality's plans, and lists nothing.
		Long planId = plan != null && actions.planTitle(plan) == null ? null : plan;
		model.addAttribute("plan", planId);
		model.addAttribute("shown", actions.shown(filter, planId));
		model.addAttribute("filters", Arrays.asList(ActionFilter.values()));
		return "plan/locality-actions";
	}
}
