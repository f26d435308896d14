package uk.gov.middlesbrough.tracker.survey.web;

import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.survey.SurveyManagement;
import uk.gov.middlesbrough.tracker.survey.WaveDetails;
import uk.gov.middlesbrough.tracker.survey.WaveNameTaken;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** Adding a survey wave to a locality (head of service, or the locality's neighbourhood manager). */
@Controller
class WaveController {

	private static final String VIEW = "survey/wave";

	private final LocalityQueries localities;
	private final SurveyManagement management;
	private final Clock clock;

	WaveController(LocalityQueries localities, SurveyManagement management, Clock clock) {
		this.localities = localities;
		this.management = management;
		this.clock = clock;
	}

	@GetMapping("/localities/{id}/surveys/waves/new")
	String newForm(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("locality", enterable(id, user));
		model.addAttribute("waveForm", new WaveForm());
		return VIEW;
	}

	@PostMapping("/localities/{id}/surveys/waves")
	String add(@PathVariable long id, @Valid @ModelAttribute WaveForm waveForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("locality", enterable(id, user));
		waveForm.validate(result, AsOf.now(clock).day());
		if (result.hasErrors()) {
			return VIEW;
		}
		WaveDetails details = waveForm.toDetails();
		try {
			management.addWave(id, details, user);
		}
		catch (WaveNameTaken ex) {
			result.rejectValue("name", "survey.wave.name.taken");
			return VIEW;
		}
		SuccessMessage.flash(redirect, "survey.wave.added", details.name());
		return "redirect:/localities/" + id + "/surveys";
	}

	private LocalityView enterable(long id, SignedInUser user) {
		LocalityView locality = localities.find(id).orElseThrow(() -> new NotFound("locality", id));
		SurveyManagement.checkMayEnterFigures(id, user);
		return locality;
	}
}
