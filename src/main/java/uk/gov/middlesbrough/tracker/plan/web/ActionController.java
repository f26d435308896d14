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
import uk.gov.middlesbrough.tracker.indicator.IndicatorQueries;
import uk.gov.middlesbrough.tracker.plan.ActionDetail;
import uk.gov.middlesbrough.tracker.plan.ActionManagement;
import uk.gov.middlesbrough.tracker.plan.PlanPermissions;
import uk.gov.middlesbrough.tracker.plan.PlanQueries;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** An action's page (SMART fields, RAG, timeline) and recording its progress. */
@Controller
class ActionController {

	private static final String VIEW = "plan/action";

	private final PlanQueries queries;
	private final ActionManagement management;
	private final IndicatorQueries indicators;
	private final Clock clock;

	ActionController(PlanQueries queries, ActionManagement management, IndicatorQueries indicators, Clock clock) {
		this.queries = queries;
		this.management = management;
		this.indicators = indicators;
		this.clock = clock;
	}

	@GetMapping("/actions/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		ActionDetail action = action(id);
		ProgressForm form = new ProgressForm();
		form.setVersion(action.version());
		model.addAttribute("progressForm", form);
		return show(action, user, model);
	}

	@PostMapping("/actions/{id}/progress")
	String recordProgress(@PathVariable long id, @Valid @ModelAttribute ProgressForm progressForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		ActionDetail action = action(id);
		if (!mayWorkOn(action, user)) {
			throw new AccessDeniedException("Not allowed to update action " + id);
		}
		if (action.cancelled()) {
			result.reject("action.progress.cancelled");
		}
		if (!result.hasErrors()) {
			try {
				management.recordProgress(id, progressForm.getVersion(), progressForm.getCompletion(),
						progressForm.getCommentary().strip(), user);
				SuccessMessage.flash(redirect, "action.progress.recorded", progressForm.getCompletion());
				return "redirect:/actions/" + id;
			}
			catch (ChangedMeanwhile ex) {
				// The page shows the newer state and timeline; the typed update is kept for a deliberate resubmit.
				progressForm.setVersion(action.version());
				result.reject("action.changedMeanwhile");
			}
		}
		return show(action, user, model);
	}

	private ActionDetail action(long id) {
		return queries.action(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("action", id));
	}

	private String show(ActionDetail action, SignedInUser user, Model model) {
		model.addAttribute("action", action);
		model.addAttribute("linkedIndicator", action.indicatorId() == null ? null : indicators.find(action.indicatorId()).orElse(null));
		model.addAttribute("canWorkOnActions", mayWorkOn(action, user));
		return VIEW;
	}

	private static boolean mayWorkOn(ActionDetail action, SignedInUser user) {
		return PlanPermissions.mayWorkOnActions(user, action.localityId(), action.planLeadUserId());
	}
}
