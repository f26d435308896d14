package uk.gov.middlesbrough.tracker.security.oidc;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import uk.gov.middlesbrough.tracker.security.AccountsByEmail;
import uk.gov.middlesbrough.tracker.security.SignInOptions;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Sign-in with the council's identity provider, only when its client registration is configured. Spring Security
 * applies a {@code Customizer<HttpSecurity>} bean to the application's one filter chain before
 * {@code SecurityConfiguration} adds its own rules, so that class is unchanged: the pages a refused sign-in lands on
 * are open to everyone, OpenID Connect sign-in starts at {@code /oauth2/authorization/council}, and a password sign-in
 * is refused while local passwords are switched off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.security.oauth2.client.registration." + SignInOptions.COUNCIL, name = "client-id")
class CouncilSignInConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(CouncilSignInConfiguration.class);

	static final String NO_ACCOUNT_PAGE = "/sign-in/no-account";
	static final String ACCOUNT_DISABLED_PAGE = "/sign-in/account-disabled";
	static final String PROVIDER_ERROR_PAGE = "/sign-in/provider-error";

	@Bean
	Customizer<HttpSecurity> councilSignIn(AccountsByEmail accounts, ApplicationEventPublisher events, SignInOptions options) {
		CouncilUserService users = new CouncilUserService(new OidcUserService(), accounts, events);
		return http -> http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(GET, NO_ACCOUNT_PAGE, ACCOUNT_DISABLED_PAGE, PROVIDER_ERROR_PAGE).permitAll())
			.addFilterBefore(refusePasswordsWhenOff(options), UsernamePasswordAuthenticationFilter.class)
			.oauth2Login(login -> login
				.loginPage("/sign-in")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
				.failureHandler(failureHandler())
				.withObjectPostProcessor(accountAsPrincipal()));
	}

	/** The account becomes the principal, so every page sees the same {@link SignedInUser} as after a password sign-in. */
	private static ObjectPostProcessor<OAuth2LoginAuthenticationFilter> accountAsPrincipal() {
		return new ObjectPostProcessor<>() {
			@Override
			public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
				filter.setAuthenticationResultConverter(CouncilSignInConfiguration::signedIn);
				return filter;
			}
		};
	}

	private static OAuth2AuthenticationToken signedIn(OAuth2LoginAuthenticationToken result) {
		CouncilUser user = (CouncilUser) result.getPrincipal();
		SignedInUser account = user.account();
		return new OAuth2AuthenticationToken(account, CouncilAuthorities.of(account, user.identity()),
				result.getClientRegistration().getRegistrationId());
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
			String page = CouncilUserService.NO_ACCOUNT.equals(code) ? NO_ACCOUNT_PAGE
					: CouncilUserService.ACCOUNT_DISABLED.equals(code) ? ACCOUNT_DISABLED_PAGE : PROVIDER_ERROR_PAGE;
			if (PROVIDER_ERROR_PAGE.equals(page)) {
				LOG.warn("Sign-in with the council's identity provider failed: {}", exception.getMessage());
			}
			response.sendRedirect(request.getContextPath() + page);
		};
	}

	/** Refused before any password is looked at: 403, the same for every username. */
	private static Filter refusePasswordsWhenOff(SignInOptions options) {
		RequestMatcher passwordSignIn = PathPatternRequestMatcher.withDefaults().matcher(POST, "/sign-in");
		return (request, response, chain) -> {
			if (!options.localPasswords() && passwordSignIn.matches((HttpServletRequest) request)) {
				((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
				return;
			}
			chain.doFilter(request, response);
		};
	}
}
