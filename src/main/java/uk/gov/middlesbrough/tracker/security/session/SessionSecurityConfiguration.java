package uk.gov.middlesbrough.tracker.security.session;

import java.time.Clock;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * What Spring Security does with sessions beyond the URL rules in {@code SecurityConfiguration} (a
 * {@code Customizer<HttpSecurity>} bean is applied to the same filter chain): no stored session before sign-in, and
 * the absolute timeout.
 */
@Configuration(proxyBeanMethods = false)
class SessionSecurityConfiguration {

	@Bean
	Customizer<HttpSecurity> noSessionBeforeSignIn() {
		return http -> http
			.csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository()))
			.requestCache(cache -> cache.requestCache(new HostCheckedCookieRequestCache()));
	}

	/** Runs just before Spring Security (which would otherwise find the user signed in from the session). */
	@Bean
	FilterRegistrationBean<AbsoluteSessionTimeoutFilter> absoluteSessionTimeout(SessionSettings settings, Clock clock) {
		FilterRegistrationBean<AbsoluteSessionTimeoutFilter> registration = new FilterRegistrationBean<>(
				new AbsoluteSessionTimeoutFilter(settings.absoluteTimeout(), clock));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}
}
