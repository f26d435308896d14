package uk.gov.middlesbrough.tracker.security.session;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * What Spring Security does with sessions beyond the URL rules in {@code SecurityConfiguration} (a
 * {@code Customizer<HttpSecurity>} bean is applied to the same filter chain): no stored session before sign-in, the
 * absolute timeout, and a stale sign-in form sent back to sign in again ({@link StaleSignInFormHandler}).
 */
@Configuration(proxyBeanMethods = false)
class SessionSecurityConfiguration {

	/**
	 * The absolute timeout runs inside Spring Security's chain just after its header writer, so that a page refused
	 * while the database is down (reading the session needs it) still carries the security headers.
	 */
	@Bean
	Customizer<HttpSecurity> noSessionBeforeSignIn(SessionSettings settings, Clock clock, RequestCache requestCache) {
		return http -> http
			.csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository())
				.withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
					@Override
					public <O extends CsrfFilter> O postProcess(O filter) {
						filter.setAccessDeniedHandler(new StaleSignInFormHandler());
						return filter;
					}
				}))
			.requestCache(cache -> cache.requestCache(requestCache))
			.addFilterAfter(new AbsoluteSessionTimeoutFilter(settings.absoluteTimeout(), clock), HeaderWriterFilter.class);
	}

	/** The page a user asked for before signing in, kept in a cookie; a bean so the second-factor step returns there too. */
	@Bean
	RequestCache requestCache() {
		return new HostCheckedCookieRequestCache();
	}
}
