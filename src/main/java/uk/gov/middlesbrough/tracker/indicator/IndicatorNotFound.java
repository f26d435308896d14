package uk.gov.middlesbrough.tracker.indicator;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An indicator id that does not exist: the page answers 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class IndicatorNotFound extends RuntimeException {

	IndicatorNotFound(long id) {
		super("No indicator " + id);
	}
}
