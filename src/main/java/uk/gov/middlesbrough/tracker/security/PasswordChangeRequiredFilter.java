package uk.gov.middlesbrough.tracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.gov.middlesbrough.tracker.web.NotPages;

/**
 * While a signed-in user still has a password an administrator set, every request except changing it, signing out,
 * error pages and static files is sent to the change-password page: once the sign-in is complete, that is, once the
 * URL rules would let them open that page (so a sign-in still waiting for a second factor goes on to that first).
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String CHANGE_PASSWORD = "/account/password";

	/** Paths (exact, or a prefix when ending in /) open to a user who must change their password. */
	private static final List<String> ALLOWED = List.of(CHANGE_PASSWORD, "/sign-out", "/error");

	/** Looked up at the first request: Spring Security builds it from the filter chains, this filter among them. */
	private final ObjectProvider<WebInvocationPrivilegeEvaluator> urlRules;

	PasswordChangeRequiredFilter(ObjectProvider<WebInvocationPrivilegeEvaluator> urlRules) {
		this.urlRules = urlRules;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (NotPages.matches(request) || allowed(path(request))) { // before reading the session (and so the database)
			chain.doFilter(request, response);
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (mustChangePassword(authentication)
				&& urlRules.getObject().isAllowed(request.getContextPath(), CHANGE_PASSWORD, "GET", authentication)) {
			response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean mustChangePassword(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.mustChangePassword();
	}

	/** The request's path inside the application (the servlet path is empty under MockMvc, so not that). */
	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static boolean allowed(String path) {
		return ALLOWED.stream().anyMatch(open -> open.endsWith("/") ? path.startsWith(open) : path.equals(open));
	}
}
