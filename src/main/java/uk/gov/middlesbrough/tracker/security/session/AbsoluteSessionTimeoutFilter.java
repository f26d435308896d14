package uk.gov.middlesbrough.tracker.security.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session {@code absoluteTimeout} after it began (sign-in creates it), however active it has been: the request
 * then goes on as anyone's, so a page asks for sign-in again. The idle timeout is Spring Session's own.
 */
final class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

	private static final List<String> NOT_PAGES = List.of("/css/", "/js/", "/webjars/", "/assets/", "/favicon.ico",
			"/actuator/health");

	private final Duration absoluteTimeout;
	private final Clock clock;

	AbsoluteSessionTimeoutFilter(Duration absoluteTimeout, Clock clock) {
		this.absoluteTimeout = absoluteTimeout;
		this.clock = clock;
	}

	/** Static files and health checks never read the session (they must work while the database is down). */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return NOT_PAGES.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && !clock.instant().isBefore(Instant.ofEpochMilli(session.getCreationTime()).plus(absoluteTimeout))) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}
}
