package uk.gov.middlesbrough.tracker.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Requests that are not pages: static files and the health endpoints. They never read the session (nor, so, the
 * database behind it): a stylesheet must load and a health check answer with its status while the database is down.
 */
public final class NotPages {

	private static final List<String> PREFIXES = List.of("/css/", "/js/", "/webjars/", "/assets/", "/actuator/health/");
	private static final List<String> PATHS = List.of("/favicon.ico", "/actuator/health");

	private NotPages() {
	}

	public static boolean matches(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PATHS.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
	}
}
