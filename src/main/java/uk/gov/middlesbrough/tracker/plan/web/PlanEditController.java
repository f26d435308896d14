package uk.gov.middlesbrough.tracker.plan.web;

import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.plan.NotAPlanLead;
import uk.gov.middlesbrough.tracker.plan.PlanManagement;
import uk.gov.middlesbrough.tracker.plan.PlanPage;
import uk.gov.middlesbrough.tracker.plan.PlanPermissions;
import uk.gov.middlesbrough.tracker.plan.PlanQueries;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.UserDirectory;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.FormText;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.Option;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** Changing a plan's objectives and lead (head of service, or the locality's neighbourhood manager). */
@Controller
class PlanEditController {

	private static final String VIEW = "plan/edit-plan";

	private final PlanQueries queries;
	private final PlanManagement management;
	private final UserDirectory users;
	private final Clock clock;

	PlanEditController(PlanQueries queries, PlanManagement management, UserDirectory users, Clock clock) {
		this.queries = queries;
		this.management = management;
		this.users = users;
		this.clock = clock;
	}

	@GetMapping("/plans/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		PlanPage page = editablePlan(id, user);
		model.addAttribute("planForm", PlanForm.of(page));
		return show(page, model);
	}

	@PostMapping("/plans/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute PlanForm planForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		PlanPage page = editablePlan(id, user);
		if (!result.hasErrors()) {
			try {
				management.describe(id, planForm.getVersion(), FormText.blankToNull(planForm.getObjectives()),
						FormText.blankToNull(planForm.getLeadPost()), FormText.blankToNull(planForm.getLeadOrganisation()),
						planForm.getLeadUserId(), user);
				SuccessMessage.flash(redirect, "plan.saved", page.summary().title());
				return "redirect:/plans/" + id;
			}
			catch (NotAPlanLead ex) {
				result.rejectValue("leadUserId", "plan.leadUser.notPlanLead");
			}
			catch (ChangedMeanwhile ex) {
				model.addAttribute("latest", page);
				planForm.setVersion(page.version());
				result.reject("plan.changedMeanwhile");
			}
		}
		return show(page, model);
	}

	private PlanPage editablePlan(long id, SignedInUser user) {
		PlanPage page = queries.plan(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("plan", id));
		if (!PlanPermissions.mayEditPlan(user, page.summary().localityId())) {
			throw new AccessDeniedException("Not allowed to change plan " + id);
		}
		return page;
	}

	private String show(PlanPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("leadOptions", users.planLeads().stream()
				.map(lead -> new Option(String.valueOf(lead.id()),
						lead.displayName() + (lead.postTitle() == null ? "" : " – " + lead.postTitle())))
				.toList());
		return VIEW;
	}
}
