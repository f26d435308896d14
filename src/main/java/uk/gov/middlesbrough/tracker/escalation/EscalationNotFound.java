package uk.gov.middlesbrough.tracker.escalation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A locality that does not exist, or an item that is not on its list now: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class EscalationNotFound extends RuntimeException {

	EscalationNotFound(String what) {
		super("No " + what);
	}
}
