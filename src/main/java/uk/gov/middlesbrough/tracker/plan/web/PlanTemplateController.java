package uk.gov.middlesbrough.tracker.plan.web;

import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.plan.PlanTemplateManagement;
import uk.gov.middlesbrough.tracker.plan.PlanTheme;
import uk.gov.middlesbrough.tracker.plan.ThemeView;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.FormText;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * The administrator's plan template: the nine themes and their defaults. Changes apply to localities
 * added afterwards; existing plans keep their own objectives and lead.
 */
@Controller
class PlanTemplateController {

	private static final String EDIT_VIEW = "plan/edit-theme";

	private final PlanTemplateManagement template;

	PlanTemplateController(PlanTemplateManagement template) {
		this.template = template;
	}

	@GetMapping("/admin/plan-template")
	String list(Model model) {
		model.addAttribute("themes", template.themes());
		return "plan/template";
	}

	@GetMapping("/admin/plan-template/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		PlanTheme theme = template.theme(id);
		model.addAttribute("theme", ThemeView.of(theme));
		model.addAttribute("themeForm", ThemeForm.of(theme));
		return EDIT_VIEW;
	}

	@PostMapping("/admin/plan-template/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute ThemeForm themeForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PlanTheme theme = template.theme(id);
		if (!result.hasErrors()) {
			try {
				template.revise(id, themeForm.getVersion(), themeForm.getName().strip(),
						FormText.blankToNull(themeForm.getDefaultObjectives()),
						FormText.blankToNull(themeForm.getDefaultLeadOrganisation()));
				SuccessMessage.flash(redirect, "template.saved", themeForm.getName().strip());
				return "redirect:/admin/plan-template";
			}
			catch (ChangedMeanwhile ex) {
				themeForm.setVersion(theme.getVersion());
				result.reject("template.changedMeanwhile");
			}
			catch (DataIntegrityViolationException ex) {
				result.rejectValue("name", "template.name.taken");
			}
		}
		model.addAttribute("theme", ThemeView.of(theme));
		return EDIT_VIEW;
	}
}
