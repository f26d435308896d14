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
import uk.gov.middlesbrough.tracker.plan.ActionDetail;
import uk.gov.middlesbrough.tracker.plan.ActionManagement;
import uk.gov.middlesbrough.tracker.plan.ActionRow;
import uk.gov.middlesbrough.tracker.plan.ActionTransitionRefused;
import uk.gov.middlesbrough.tracker.plan.PlanPage;
import uk.gov.middlesbrough.tracker.plan.PlanPermissions;
import uk.gov.middlesbrough.tracker.plan.PlanQueries;
import uk.gov.middlesbrough.tracker.plan.StatusChangeEffect;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * Cancelling and reinstating an action, never in one click: a page says what changes (the plan's completion, the
 * DIG list) and asks why; the reason is kept in the action's history.
 */
@Controller
class ActionStatusController {

	private static final String VIEW = "plan/confirm-status";

	private final PlanQueries queries;
	private final ActionManagement management;
	private final Clock clock;

	ActionStatusController(PlanQueries queries, ActionManagement management, Clock clock) {
		this.queries = queries;
		this.management = management;
		this.clock = clock;
	}

	@GetMapping("/actions/{id}/cancel")
	String confirmCancel(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return ask(id, false, user, model, new ReasonForm());
	}

	@PostMapping("/actions/{id}/cancel")
	String cancel(@PathVariable long id, @Valid @ModelAttribute ReasonForm reasonForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		return change(id, false, reasonForm, result, user, model, redirect);
	}

	@GetMapping("/actions/{id}/reinstate")
	String confirmReinstate(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return ask(id, true, user, model, new ReasonForm());
	}

	@PostMapping("/actions/{id}/reinstate")
	String reinstate(@PathVariable long id, @Valid @ModelAttribute ReasonForm reasonForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		return change(id, true, reasonForm, result, user, model, redirect);
	}

	private String change(long id, boolean reinstating, ReasonForm form, BindingResult result, SignedInUser user, Model model,
			RedirectAttributes redirect) {
		ActionDetail action = workable(id, user);
		if (result.hasErrors()) {
			return show(action, reinstating, model);
		}
		try {
			if (reinstating) {
				management.reinstate(id, form.getVersion(), form.getReason().strip(), user);
			}
			else {
				management.cancel(id, form.getVersion(), form.getReason().strip(), user);
			}
			SuccessMessage.flash(redirect, reinstating ? "action.reinstated" : "action.cancelled");
		}
		catch (ChangedMeanwhile ex) {
			redirect.addFlashAttribute("problem", "action.changedMeanwhile");
		}
		catch (ActionTransitionRefused ex) {
			redirect.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/actions/" + id;
	}

	private String ask(long id, boolean reinstating, SignedInUser user, Model model, ReasonForm form) {
		ActionDetail action = workable(id, user);
		if (action.cancelled() != reinstating) {
			// Already in the state asked for (a second tab, the back button): the action's page says where it stands.
			return "redirect:/actions/" + id;
		}
		form.setVersion(action.version());
		model.addAttribute("reasonForm", form);
		return show(action, reinstating, model);
	}

	private String show(ActionDetail action, boolean reinstating, Model model) {
		PlanPage plan = queries.plan(action.planId(), AsOf.now(clock)).orElseThrow(() -> new NotFound("plan", action.planId()));
		ActionRow row = plan.actions().stream().filter(each -> each.id() == action.id()).findFirst().orElseThrow();
		model.addAttribute("action", action);
		model.addAttribute("reinstating", reinstating);
		model.addAttribute("effect", StatusChangeEffect.of(row, plan.actions()));
		return VIEW;
	}

	private ActionDetail workable(long id, SignedInUser user) {
		ActionDetail action = queries.action(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("action", id));
		if (!PlanPermissions.mayWorkOnActions(user, action.localityId(), action.planLeadUserId())) {
			throw new AccessDeniedException("Not allowed to change action " + id);
		}
		return action;
	}
}
