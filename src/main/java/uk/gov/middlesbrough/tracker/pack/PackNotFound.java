package uk.gov.middlesbrough.tracker.pack;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such meeting or pack (or a draft pack asked for by someone who may only read issued ones). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PackNotFound extends RuntimeException {

	PackNotFound(String what, long id) {
		super("No " + what + " " + id);
	}
}
