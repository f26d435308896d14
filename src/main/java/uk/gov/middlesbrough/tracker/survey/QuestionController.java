package uk.gov.middlesbrough.tracker.survey;

import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.gov.middlesbrough.tracker.security.CurrentUser;
import uk.gov.middlesbrough.tracker.survey.QuestionLibrary.QuestionTaken;
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
	String newForm(@ModelAttribute QuestionForm questionForm) {
		checkMayManage();
		return VIEW;
	}

	@PostMapping("/surveys/questions")
	String add(@Valid @ModelAttribute QuestionForm questionForm, BindingResult result, RedirectAttributes redirect) {
		checkMayManage();
		if (result.hasErrors()) {
			return VIEW;
		}
		String text = questionForm.getText().strip();
		try {
			library.add(questionForm.getCode().strip(), text, CurrentUser.required());
		}
		catch (QuestionTaken ex) {
			result.rejectValue(ex.field(), "survey.question." + ex.field() + ".taken");
			return VIEW;
		}
		SuccessMessage.flash(redirect, "survey.question.added", text);
		return "redirect:/surveys";
	}

	private static void checkMayManage() {
		if (!SurveyPermissions.mayManageQuestions(CurrentUser.required())) {
			throw new AccessDeniedException("Not allowed to add survey questions");
		}
	}
}
