package uk.gov.middlesbrough.tracker.rollout.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.rollout.NeedScenarios;
import uk.gov.middlesbrough.tracker.rollout.RolloutPermissions;
import uk.gov.middlesbrough.tracker.rollout.SavedScenario;
import uk.gov.middlesbrough.tracker.rollout.ScenarioInputs;
import uk.gov.middlesbrough.tracker.rollout.ScenarioNameTaken;
import uk.gov.middlesbrough.tracker.rollout.Standardisation;
import uk.gov.middlesbrough.tracker.rollout.WardMeasure;
import uk.gov.middlesbrough.tracker.rollout.WardQueries;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.Option;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * Building a need index (the head of service: choose the method and weights, see the ranking and its sensitivity,
 * save it under a name) and opening a saved one, worked again from its frozen inputs (everyone signed in).
 */
@Controller
class ScenarioController {

	private static final String BUILD = "rollout/build";

	private final NeedScenarios scenarios;
	private final WardQueries wards;
	private final SmallNumbers smallNumbers;
	private final MessageSource messages;

	ScenarioController(NeedScenarios scenarios, WardQueries wards, SmallNumbers smallNumbers, MessageSource messages) {
		this.scenarios = scenarios;
		this.wards = wards;
		this.smallNumbers = smallNumbers;
		this.messages = messages;
	}

	@GetMapping("/rollout/scenarios/new")
	String build(@ModelAttribute ScenarioForm scenarioForm, BindingResult result,
			@RequestParam(required = false) String show, @AuthenticationPrincipal SignedInUser user, Model model) {
		mayBuild(user);
		List<WardMeasure> measures = wards.measures();
		scenarioForm.cover(measures);
		if (show != null) {
			scenarioForm.validateIndex(result);
		}
		return page(scenarioForm, measures, result, show != null, model);
	}

	@PostMapping("/rollout/scenarios")
	String save(@ModelAttribute ScenarioForm scenarioForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		mayBuild(user);
		List<WardMeasure> measures = wards.measures();
		scenarioForm.cover(measures);
		scenarioForm.validateSave(result);
		if (!result.hasErrors()) {
			try {
				long id = scenarios.save(scenarioForm.getName(), scenarioForm.getPurpose(), scenarioForm.standardisation(),
						scenarioForm.weightsByCode(), user.getUsername());
				SuccessMessage.flash(redirect, "rollout.scenario.saved", scenarioForm.getName().trim());
				return "redirect:/rollout/scenarios/" + id;
			}
			catch (ScenarioNameTaken taken) {
				result.rejectValue("name", "rollout.scenario.name.taken", new Object[] { scenarioForm.getName().trim() },
						null);
			}
		}
		return page(scenarioForm, measures, result, true, model);
	}

	@GetMapping("/rollout/scenarios/{id}")
	String show(@PathVariable long id, Model model) {
		SavedScenario scenario = scenarios.find(id).orElseThrow(() -> new NotFound("scenario", id));
		model.addAttribute("scenario", scenario);
		model.addAttribute("report", ScenarioReport.of(scenario.inputs(), smallNumbers));
		model.addAttribute("threshold", smallNumbers.threshold());
		return "rollout/scenario";
	}

	private String page(ScenarioForm form, List<WardMeasure> measures, BindingResult result, boolean show, Model model) {
		boolean indexValid = show && !result.hasFieldErrors("method") && !result.hasFieldErrors("weights*");
		if (indexValid) {
			ScenarioInputs inputs = scenarios.current(form.standardisation(), form.weightsByCode());
			model.addAttribute("report", ScenarioReport.of(inputs, smallNumbers));
		}
		model.addAttribute("measures", measures);
		model.addAttribute("methods", Arrays.stream(Standardisation.values()).map(method -> new Option(method.name(),
				messages.getMessage("rollout.method." + method.name() + ".option", null, LocaleContextHolder.getLocale())))
			.toList());
		model.addAttribute("threshold", smallNumbers.threshold());
		return BUILD;
	}

	private static void mayBuild(SignedInUser user) {
		if (!RolloutPermissions.mayBuild(user)) {
			throw new AccessDeniedException("Only the head of service builds a need index");
		}
	}
}
