package uk.gov.middlesbrough.tracker.plan.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import uk.gov.middlesbrough.tracker.plan.ActionManagement;
import uk.gov.middlesbrough.tracker.plan.ActionRow;
import uk.gov.middlesbrough.tracker.plan.ActionsChangedMeanwhile;
import uk.gov.middlesbrough.tracker.plan.PlanPage;
import uk.gov.middlesbrough.tracker.plan.PlanPermissions;
import uk.gov.middlesbrough.tracker.plan.PlanQueries;
import uk.gov.middlesbrough.tracker.plan.ProgressChange;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * A plan's "Update progress" page: every active action's progress in one form, saved in one transaction. Rows left
 * blank change nothing; if someone else saved any of the actions meanwhile, nothing is saved and those rows show the
 * newer figures with the typed update kept for a deliberate resubmit.
 */
@Controller
class ProgressSheetController {

	private static final String VIEW = "plan/update-progress";

	private final PlanQueries queries;
	private final ActionManagement management;
	private final Clock clock;

	ProgressSheetController(PlanQueries queries, ActionManagement management, Clock clock) {
		this.queries = queries;
		this.management = management;
		this.clock = clock;
	}

	@GetMapping("/plans/{id}/progress")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		PlanPage page = workablePlan(id, user);
		Map<Long, Long> versions = queries.actionVersions(id);
		ProgressSheetForm form = new ProgressSheetForm();
		active(page).values().forEach(action -> {
			ProgressSheetForm.Row row = new ProgressSheetForm.Row();
			row.setActionId(action.id());
			row.setVersion(versions.get(action.id()));
			form.getRows().add(row);
		});
		model.addAttribute("progressSheetForm", form);
		return show(page, model);
	}

	@PostMapping("/plans/{id}/progress")
	String save(@PathVariable long id, @ModelAttribute ProgressSheetForm progressSheetForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		PlanPage page = workablePlan(id, user);
		Map<Long, ActionRow> active = active(page);
		List<ProgressSheetForm.Row> rows = progressSheetForm.getRows();
		if (rows.stream().anyMatch(row -> !active.containsKey(row.getActionId()))) {
			// A row for an action that has left the plan's active ones since the form was read: show the form afresh.
			redirect.addFlashAttribute("problem", "progressSheet.actionsChanged");
			return "redirect:/plans/" + id + "/progress";
		}
		List<ProgressChange> changes = ProgressSheetCheck.changes(progressSheetForm, active, result);
		if (result.hasErrors()) {
			return show(page, model);
		}
		try {
			management.recordProgress(id, changes, user);
		}
		catch (ActionsChangedMeanwhile ex) {
			refuseChangedRows(progressSheetForm, ex.actionIds(), active, queries.actionVersions(id), result);
			return show(page, model);
		}
		SuccessMessage.flash(redirect, "progressSheet.saved", changes.size());
		return "redirect:/plans/" + id;
	}

	/** Marks each row someone else saved meanwhile and moves it to the newer version, keeping what was typed. */
	private static void refuseChangedRows(ProgressSheetForm form, Set<Long> changedIds, Map<Long, ActionRow> active,
			Map<Long, Long> versions, BindingResult result) {
		result.reject("progressSheet.changedMeanwhile");
		List<ProgressSheetForm.Row> rows = form.getRows();
		for (int i = 0; i < rows.size(); i++) {
			ProgressSheetForm.Row row = rows.get(i);
			if (changedIds.contains(row.getActionId())) {
				ActionRow now = active.get(row.getActionId());
				row.setVersion(versions.get(row.getActionId()));
				result.rejectValue("rows[" + i + "].completion", "progressSheet.rowChangedMeanwhile",
						new Object[] { now.specific(), now.completion() }, null);
			}
		}
	}

	private PlanPage workablePlan(long id, SignedInUser user) {
		PlanPage page = queries.plan(id, AsOf.now(clock)).orElseThrow(() -> new NotFound("plan", id));
		if (!PlanPermissions.mayWorkOnActions(user, page.summary().localityId(), page.leadUserId())) {
			throw new AccessDeniedException("Not allowed to update the actions of plan " + id);
		}
		return page;
	}

	/** The plan's active actions now, in the plan page's order, by id. */
	private static Map<Long, ActionRow> active(PlanPage page) {
		Map<Long, ActionRow> active = new LinkedHashMap<>();
		page.actions().stream().filter(action -> !action.cancelled()).forEach(action -> active.put(action.id(), action));
		return active;
	}

	private String show(PlanPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("actionsById", active(page));
		model.addAttribute("today", AsOf.now(clock).day());
		return VIEW;
	}
}
