package uk.gov.middlesbrough.tracker.scrutiny;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A review or recommendation id that does not exist: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ScrutinyNotFound extends RuntimeException {

	ScrutinyNotFound(String what, long id) {
		super("No " + what + " " + id);
	}
}
