package uk.gov.middlesbrough.tracker.security.secondfactor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Spring Security's own multi-factor support does the enforcing: every URL rule ({@code authenticated()},
 * {@code hasRole(…)}) also requires {@link SecondFactorRule#SECOND_FACTOR} whenever {@link SecondFactorRule} says
 * the signed-in user needs it, and a request refused for want of it goes to the code page (its address saved, to
 * return to). Only the code page and setting up an app are open to a sign-in with a password alone.
 */
@Configuration(proxyBeanMethods = false)
class SecondFactorConfiguration {

	@Bean
	AuthorizationManagerFactory<Object> secondFactorWhereNeeded(SecondFactorRule rule) {
		return AuthorizationManagerFactories.multiFactor()
			.requireFactors(SecondFactorRule.SECOND_FACTOR)
			.when(rule::needed)
			.build();
	}

	@Bean
	Customizer<HttpSecurity> secondFactorPages() {
		return http -> http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(SecondFactorRule.CODE_PAGE, SecondFactorRule.SET_UP_PAGE).access(AuthenticatedAuthorizationManager.authenticated()))
			.exceptionHandling(exceptions -> exceptions.defaultDeniedHandlerForMissingAuthority(
					new LoginUrlAuthenticationEntryPoint(SecondFactorRule.CODE_PAGE), SecondFactorRule.SECOND_FACTOR));
	}
}
