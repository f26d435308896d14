package uk.gov.middlesbrough.tracker.plan.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
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
import uk.gov.middlesbrough.tracker.indicator.IndicatorQueries;
import uk.gov.middlesbrough.tracker.plan.ActionDetail;
import uk.gov.middlesbrough.tracker.plan.ActionManagement;
import uk.gov.middlesbrough.tracker.plan.PlanPage;
import uk.gov.middlesbrough.tracker.plan.PlanPermissions;
import uk.gov.middlesbrough.tracker.plan.PlanQueries;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.Option;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** Adding an action to a plan and changing its SMART fields (a moved due date says why). */
@Controller
class ActionEditController {

	private static final String VIEW = "plan/edit-action";

	private final PlanQueries queries;
	private final ActionManagement management;
	private final IndicatorQueries indicators;
	private final Clock clock;

	ActionEditController(PlanQueries queries, ActionManagement management, IndicatorQueries indicators, Clock clock) {
		this.queries = queries;
		this.management = management;
		this.indicators = indicators;
		this.clock = clock;
	}

	/** The PMF indicators an action may be linked to. */
	@ModelAttribute("indicatorOptions")
	List<Option> indicatorOptions() {
		return indicators.choices();
	}

	@GetMapping("/plans/{id}/actions/new")
	String newForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("page", workablePlan(id, user));
		model.addAttribute("actionForm", new ActionForm());
		return VIEW;
	}

	@PostMapping("/plans/{id}/actions")
	String add(@PathVariable long id, @Valid @ModelAttribute ActionForm actionForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		PlanPage page = workablePlan(id, user);
		actionForm.validate(result);
		checkIndicator(actionForm, result);
		if (result.hasErrors()) {
			model.addAttribute("page", page);
			return VIEW;
		}
		long actionId = management.add(id, actionForm.toDetails(), user);
		SuccessMessage.flash(redirect, "action.added", page.summary().title());
		return "redirect:/actions/" + actionId;
	}

	@GetMapping("/actions/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ActionDetail action = workableAction(id, user);
		model.addAttribute("action", action);
		model.addAttribute("actionForm", ActionForm.of(action));
		return VIEW;
	}

	@PostMapping("/actions/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute ActionForm actionForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ActionDetail action = workableAction(id, user);
		model.addAttribute("action", action);
		actionForm.validate(result);
		checkIndicator(actionForm, result);
		if (!result.hasFieldErrors("dueDate") && actionForm.reason() == null
				&& !actionForm.getDueDate().toDate().orElseThrow().equals(action.dueDate())) {
			result.rejectValue("changeReason", "action.dueDate.reasonRequired");
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			management.revise(id, actionForm.getVersion(), actionForm.toDetails(), actionForm.reason(), user);
			SuccessMessage.flash(redirect, "action.saved");
			return "redirect:/actions/" + id;
		}
		catch (ChangedMeanwhile ex) {
			model.addAttribute("latest", action);
			actionForm.setVersion(action.version());
			result.reject("action.changedMeanwhile");
			return VIEW;
		}
	}

	private void checkIndicator(ActionForm form, BindingResult result) {
		if (form.getIndicatorId() != null && indicators.find(form.getIndicatorId()).isEmpty()) {
			result.rejectValue("indicatorId", "action.indicator.unknown");
		}
	}

	private PlanPage workablePlan(long id, SignedInUser user) {
		PlanPage page = queries.plan(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("plan", id));
		if (!PlanPermissions.mayWorkOnActions(user, page.summary().localityId(), page.leadUserId())) {
			throw new AccessDeniedException("Not allowed to add actions to plan " + id);
		}
		return page;
	}

	private ActionDetail workableAction(long id, SignedInUser user) {
		ActionDetail action = queries.action(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("action", id));
		if (!PlanPermissions.mayWorkOnActions(user, action.localityId(), action.planLeadUserId())) {
			throw new AccessDeniedException("Not allowed to change action " + id);
		}
		return action;
	}
}
