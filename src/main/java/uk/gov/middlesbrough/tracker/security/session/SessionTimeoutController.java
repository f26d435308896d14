package uk.gov.middlesbrough.tracker.security.session;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/** "Stay signed in" in the time-out warning: any signed-in request restarts the idle timeout, so this one does nothing else. */
@Controller
class SessionTimeoutController {

	@PostMapping("/session/keep-alive")
	ResponseEntity<Void> keepAlive() {
		return ResponseEntity.noContent().build();
	}
}
