package uk.gov.middlesbrough.tracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the form sign-in: an attempt over the limit is sent back to the sign-in page with
 * {@code ?tooMany} before Spring Security looks the username up or hashes the password, whether or not the
 * username exists.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/sign-in".equals(PasswordChangeRequiredFilter.path(request)));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (throttle.tryAttempt(request.getRemoteAddr(), request.getParameter("username"))) {
			chain.doFilter(request, response);
		}
		else {
			response.sendRedirect(request.getContextPath() + "/sign-in?tooMany");
		}
	}
}
