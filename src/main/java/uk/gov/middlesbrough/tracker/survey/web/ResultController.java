package uk.gov.middlesbrough.tracker.survey.web;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.importing.ChangeKind;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.survey.SurveyManagement;
import uk.gov.middlesbrough.tracker.survey.SurveyQueries.ResultEditing;
import uk.gov.middlesbrough.tracker.survey.SurveyQueries;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.NotFound;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/**
 * Recording one question's figure for one wave, or correcting it (the old value goes to the history).
 * Head of service, or the locality's neighbourhood manager.
 */
@Controller
class ResultController {

	private static final String VIEW = "survey/result";
	private static final String PATH = "/localities/{id}/surveys/waves/{waveId}/questions/{questionId}";

	private final SurveyQueries queries;
	private final SurveyManagement management;

	ResultController(SurveyQueries queries, SurveyManagement management) {
		this.queries = queries;
		this.management = management;
	}

	@GetMapping(PATH)
	String form(@PathVariable long id, @PathVariable long waveId, @PathVariable long questionId,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		ResultEditing editing = enterable(id, waveId, questionId, user);
		model.addAttribute("editing", editing);
		model.addAttribute("resultForm", ResultForm.of(editing.current()));
		return VIEW;
	}

	@PostMapping(PATH)
	String save(@PathVariable long id, @PathVariable long waveId, @PathVariable long questionId,
			@Valid @ModelAttribute ResultForm resultForm, BindingResult result, @AuthenticationPrincipal SignedInUser user,
			Model model, RedirectAttributes redirect) {
		ResultEditing editing = enterable(id, waveId, questionId, user);
		model.addAttribute("editing", editing);
		resultForm.validate(result);
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			ChangeKind change = management.recordResult(id, waveId, questionId, resultForm.getVersion(), resultForm.percent(),
					resultForm.respondentsNumber(), user);
			SuccessMessage.flash(redirect, "survey.result.saved." + change.name(), editing.question().text(),
					editing.wave().name());
			return "redirect:/localities/" + id + "/surveys#question-" + editing.question().code();
		}
		catch (ChangedMeanwhile ex) {
			// Show what is recorded now beside the typed values; the next save replaces the newer figure deliberately.
			model.addAttribute("latest", editing.current());
			resultForm.setVersion(editing.current() == null ? null : editing.current().version());
			result.reject("survey.result.changedMeanwhile");
			return VIEW;
		}
	}

	private ResultEditing enterable(long id, long waveId, long questionId, SignedInUser user) {
		SurveyManagement.checkMayEnterFigures(id, user);
		return queries.resultEditing(id, waveId, questionId)
				.orElseThrow(() -> new NotFound("wave or question", waveId));
	}
}
