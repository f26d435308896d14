package uk.gov.middlesbrough.tracker.api;

import static org.springframework.http.HttpMethod.GET;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The API's own security: a stateless chain for {@code /api/**}, ahead of the web pages' chain, that knows bearer
 * tokens only (never a session, so a signed-in browser without a token is refused too), admits GET only, needs no
 * CSRF token (no cookie authenticates anything here), and records every call. ETags come from the response body.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	static final String OPENAPI_DOCUMENT = "/api/v1/openapi.json";

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, ApiRateLimit rateLimit, ApiErrors errors,
			ApiCalls calls) throws Exception {
		http.securityMatcher("/api/**")
			.addFilterBefore(new ApiCallRecorder(calls), SecurityContextHolderFilter.class)
			.addFilterBefore(new ApiTokenFilter(tokens, rateLimit, errors), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(GET, OPENAPI_DOCUMENT).permitAll()
				// Admitted by ApiTokenFilter (a known, unrevoked token within its limit), which marks the request.
				.requestMatchers(GET, "/api/v1/**").access((authentication, context) ->
						new AuthorizationDecision(context.getRequest().getAttribute(ApiTokenFilter.ADMITTED) != null))
				.anyRequest().denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.csrf(csrf -> csrf.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, refused) ->
						errors.write(response, HttpStatus.UNAUTHORIZED, "api.error.noToken"))
				.accessDeniedHandler((request, response, refused) ->
						errors.write(response, HttpStatus.FORBIDDEN, "api.error.readOnly")))
			.headers(headers -> headers
				.cacheControl(cache -> cache.disable())
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	/** An ETag on every API answer, worked out from its body; a matching If-None-Match gets 304 with no body. */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/*");
		return registration;
	}
}
