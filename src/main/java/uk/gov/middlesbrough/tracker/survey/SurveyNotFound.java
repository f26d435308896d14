package uk.gov.middlesbrough.tracker.survey;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A locality, wave or question id that does not exist (or a wave of another locality): the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class SurveyNotFound extends RuntimeException {

	SurveyNotFound(String what, long id) {
		super("No " + what + " " + id);
	}
}
