package uk.gov.middlesbrough.tracker.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class UserNotFound extends RuntimeException {

	UserNotFound(long id) {
		super("No user " + id);
	}
}
