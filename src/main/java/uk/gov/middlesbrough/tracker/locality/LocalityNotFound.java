package uk.gov.middlesbrough.tracker.locality;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A locality id that does not exist: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class LocalityNotFound extends RuntimeException {

	LocalityNotFound(long id) {
		super("No locality " + id);
	}
}
