package uk.gov.middlesbrough.tracker.security.session;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A sign-in form whose CSRF token no longer matches (opened before signing in in another tab, or before a session
 * ended) goes back to the sign-in page, which asks for the username and password again (or, signed in meanwhile,
 * goes home), instead of the "no permission" page. Nothing is signed in by it. Every other refusal is the usual 403.
 */
final class StaleSignInFormHandler implements AccessDeniedHandler {

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException, ServletException {
		if (refused instanceof CsrfException && "POST".equals(request.getMethod())
				&& "/sign-in".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			response.sendRedirect(request.getContextPath() + "/sign-in?expired");
			return;
		}
		otherwise.handle(request, response, refused);
	}
}
