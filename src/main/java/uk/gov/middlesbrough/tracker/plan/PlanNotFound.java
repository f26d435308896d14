package uk.gov.middlesbrough.tracker.plan;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A plan, action or theme id that does not exist: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PlanNotFound extends RuntimeException {

	PlanNotFound(String what, long id) {
		super("No " + what + " " + id);
	}
}
