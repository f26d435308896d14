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
import org.springframework.web.filter.OncePerRequestFilter;
import uk.gov.middlesbrough.tracker.web.NotPages;

/**
 * Ends a session {@code absoluteTimeout} after it began (sign-in creates it), however active it has been: the request
 * then goes on as anyone's, so a page asks for sign-in again. The idle timeout is Spring Session's own.
 */
final class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

	private final Duration absoluteTimeout;
	private final Clock clock;

	AbsoluteSessionTimeoutFilter(Duration absoluteTimeout, Clock clock) {
		this.absoluteTimeout = absoluteTimeout;
		this.clock = clock;
	}

	/** Static files and health checks never read the session (they must work while the database is down). */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return NotPages.matches(request);
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
