package uk.gov.middlesbrough.tracker.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * URL rules (the first line of defence; pages also hide what a user may not do), sign-in and sign-out,
 * and the security headers every response carries.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private static final String ADMINISTRATOR = Role.ADMINISTRATOR.name();
	private static final String HEAD_OF_SERVICE = Role.HEAD_OF_SERVICE.name();

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/sign-in", "/error", "/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico")
				.permitAll()
				// Health for load balancers: statuses only (management.endpoint.health.show-details=never).
				.requestMatchers(GET, "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
				.permitAll()
				.requestMatchers("/admin/**").hasRole(ADMINISTRATOR)
				.requestMatchers("/audit", "/audit/**").hasAnyRole(ADMINISTRATOR, HEAD_OF_SERVICE)
				.requestMatchers(GET, "/localities/new", "/localities/*/edit").hasAnyRole(ADMINISTRATOR, HEAD_OF_SERVICE)
				.requestMatchers(POST, "/localities", "/localities/*").hasAnyRole(ADMINISTRATOR, HEAD_OF_SERVICE)
				.anyRequest().authenticated())
			.formLogin(form -> form
				.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.failureHandler(failureHandler())
				.defaultSuccessUrl("/", false)
				.permitAll())
			.logout(logout -> logout
				.logoutUrl("/sign-out")
				.logoutSuccessUrl("/sign-in?signedOut"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/** A locked username (too many failed sign-ins) gets its own message; every other failure the same one. */
	private static AuthenticationFailureHandler failureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/sign-in?locked"));
		handler.setDefaultFailureUrl("/sign-in?error");
		return handler;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
