package uk.gov.middlesbrough.tracker.dashboard;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class DashboardNotFound extends RuntimeException {

	DashboardNotFound(long localityId) {
		super("No locality " + localityId);
	}
}
