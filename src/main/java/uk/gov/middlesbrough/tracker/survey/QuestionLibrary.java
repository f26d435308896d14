package uk.gov.middlesbrough.tracker.survey;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/** The shared list of survey questions, kept by the head of service and administrators. */
@Component
public class QuestionLibrary {

	private final SurveyQuestionRepository questions;

	QuestionLibrary(SurveyQuestionRepository questions) {
		this.questions = questions;
	}

	/** Adds a question at the end of the list. */
	@Transactional
	public void add(String code, String text, SignedInUser user) {
		if (!SurveyPermissions.mayManageQuestions(user)) {
			throw new AccessDeniedException("Not allowed to add survey questions");
		}
		if (questions.codeTaken(code)) {
			throw new QuestionTaken("code");
		}
		if (questions.textTaken(text)) {
			throw new QuestionTaken("text");
		}
		try {
			questions.saveAndFlush(new SurveyQuestion(code, text, questions.lastPosition() + 1));
		}
		catch (DataIntegrityViolationException ex) {
			throw new QuestionTaken("code");
		}
	}

	/** Another question already has this code or wording ({@code field} says which). */
	public static class QuestionTaken extends RuntimeException {

		private final String field;

		QuestionTaken(String field) {
			super("Survey question " + field + " taken");
			this.field = field;
		}

		public String field() {
			return field;
		}
	}
}
