package uk.gov.middlesbrough.tracker.security.session;

import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * MockMvc's {@code csrf()} (spring-security-test) replaces the CSRF filter's token store with a session-only one for
 * the rest of the run, in the context all tests share; a test of what the app does before sign-in puts the app's own
 * store back first.
 */
public final class AppCsrfTokens {

	private AppCsrfTokens() {
	}

	public static void restore(FilterChainProxy filterChains) {
		filterChains.getFilterChains().stream().flatMap(chain -> chain.getFilters().stream())
			.filter(CsrfFilter.class::isInstance)
			.forEach(filter -> ReflectionTestUtils.setField(filter, "tokenRepository", new SessionOrCookieCsrfTokenRepository()));
	}
}
