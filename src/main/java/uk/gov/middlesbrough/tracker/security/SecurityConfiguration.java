package uk.gov.middlesbrough.tracker.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
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

	/** The id new hashes are stored under ({@code {argon2id}$argon2id$v=19$m=19456,t=2,p=1$…}). */
	static final String PASSWORD_HASH_ID = "argon2id";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle,
			ObjectProvider<WebInvocationPrivilegeEvaluator> urlRules) throws Exception {
		http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(urlRules), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests
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
				// One answer for every failure, whether or not the username exists.
				.failureUrl("/sign-in?error")
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

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id with OWASP's parameters (19 MiB, 2 iterations, 1 lane); a {bcrypt} hash still matches and is
		// hashed again with Argon2id at its next successful sign-in (AccountUserDetailsService.updatePassword).
		// {noop} stays for fixtures written straight into the database by tests; it is upgraded the same way.
		Map<String, PasswordEncoder> encoders = Map.of(
				PASSWORD_HASH_ID, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
				"bcrypt", new BCryptPasswordEncoder(),
				"noop", NoOpPasswordEncoder.getInstance());
		return new DelegatingPasswordEncoder(PASSWORD_HASH_ID, encoders);
	}
}
