package uk.gov.middlesbrough.tracker.caseload;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A locality, snapshot or import that does not exist: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CaseloadNotFound extends RuntimeException {

	CaseloadNotFound(String what, long id) {
		super("No " + what + " " + id);
	}
}
