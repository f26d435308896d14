package uk.gov.middlesbrough.tracker.survey.web;

import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.survey.QuestionLibrary.QuestionTaken;
import uk.gov.middlesbrough.tracker.survey.QuestionLibrary;
import uk.gov.middlesbrough.tracker.survey.SurveyPermissions;
import uk.gov.middlesbrough.tracker.web.SuccessMessage;

/** Adding a question to the shared list (head of service and administrators). */
@Controller
class QuestionController {

	private static final String VIEW = "survey/question";

	private final QuestionLibrary library;

	QuestionController(QuestionLibrary library) {
		this.library = library;
	}

	@GetMapping("/surveys/questions/new")
	String newForm(@ModelAttribute QuestionForm questionForm, @AuthenticationPrincipal SignedInUser user) {
		checkMayManage(user);
		return VIEW;
	}

	@PostMapping("/surveys/questions")
	String add(@Valid @ModelAttribute QuestionForm questionForm, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		checkMayManage(user);
		if (result.hasErrors()) {
			return VIEW;
		}
		String text = questionForm.getText().strip();
		try {
			library.add(questionForm.getCode().strip(), text, user);
		}
		catch (QuestionTaken ex) {
			result.rejectValue(ex.field(), "survey.question." + ex.field() + ".taken");
			return VIEW;
		}
		SuccessMessage.flash(redirect, "survey.question.added", text);
		return "redirect:/surveys";
	}

	private static void checkMayManage(SignedInUser user) {
		if (!SurveyPermissions.mayManageQuestions(user)) {
			throw new AccessDeniedException("Not allowed to add survey questions");
		}
	}
}
