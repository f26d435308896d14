package uk.gov.middlesbrough.tracker.security.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import uk.gov.middlesbrough.tracker.TrackerApplication;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Tells a signed-in page when its session's idle timeout runs out and when to warn (the layout's time-out warning
 * reads them), from the session itself, so the page never guesses. Null for anyone not signed in.
 */
// The application's pages and error pages only: health checks must answer without reading the session.
@ControllerAdvice(basePackageClasses = {TrackerApplication.class, BasicErrorController.class})
class SessionTimeoutAdvice {

	private final SessionSettings settings;

	SessionTimeoutAdvice(SessionSettings settings) {
		this.settings = settings;
	}

	@ModelAttribute("sessionTimeout")
	SessionTimeout sessionTimeout(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (user == null || session == null || session.getMaxInactiveInterval() <= 0) {
			return null;
		}
		return SessionTimeout.of(Duration.ofSeconds(session.getMaxInactiveInterval()), settings.warningBefore());
	}
}
