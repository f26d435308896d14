package uk.gov.middlesbrough.tracker.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Something a page asked for that does not exist (or that the user may not know exists): the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

	public NotFound(String what, Object id) {
		super("No " + what + " " + id);
	}

	public NotFound(String what) {
		super("No " + what);
	}
}
