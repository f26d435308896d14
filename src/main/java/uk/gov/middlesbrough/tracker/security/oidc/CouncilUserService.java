package uk.gov.middlesbrough.tracker.security.oidc;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.gov.middlesbrough.tracker.security.AccountsByEmail;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Matches the person the council's identity provider signed in to an account of this app by the {@code email} claim
 * (without regard to case). The claim counts unless {@code email_verified} is present and false: Microsoft Entra ID
 * sends no {@code email_verified}, and in a single-tenant registration the address is the one the council's own
 * directory holds for the person. Nobody without an account gets one, and a disabled account is refused.
 */
class CouncilUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	static final String NO_ACCOUNT = "no_account";
	static final String ACCOUNT_DISABLED = "account_disabled";

	private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
	private final AccountsByEmail accounts;
	private final ApplicationEventPublisher events;

	CouncilUserService(OAuth2UserService<OidcUserRequest, OidcUser> provider, AccountsByEmail accounts,
			ApplicationEventPublisher events) {
		this.provider = provider;
		this.accounts = accounts;
		this.events = events;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser identity = provider.loadUser(request);
		String email = identity.getEmail();
		boolean usable = email != null && !email.isBlank() && !Boolean.FALSE.equals(identity.getEmailVerified());
		Optional<SignedInUser> account = usable ? accounts.only(email) : Optional.empty();
		if (account.isEmpty()) {
			throw refused(NO_ACCOUNT, String.valueOf(email), new NoMatchingAccountException());
		}
		if (!account.get().isEnabled()) {
			throw refused(ACCOUNT_DISABLED, account.get().getUsername(), new DisabledException("Account disabled"));
		}
		return new CouncilUser(identity, account.get());
	}

	/**
	 * Records the refusal as a failed sign-in of {@code who} (Spring Security publishes no event for the exception the
	 * sign-in filter needs), and returns that exception, whose error code picks the page the person is sent to.
	 */
	private OAuth2AuthenticationException refused(String errorCode, String who, AuthenticationException reason) {
		events.publishEvent(new Refused(UsernamePasswordAuthenticationToken.unauthenticated(who, null), reason));
		return new OAuth2AuthenticationException(new OAuth2Error(errorCode), errorCode, reason);
	}

	/** A failed sign-in with the council's identity provider, as the audit trail records failed sign-ins. */
	static final class Refused extends AbstractAuthenticationFailureEvent {

		Refused(UsernamePasswordAuthenticationToken who, AuthenticationException reason) {
			super(who, reason);
		}
	}

	/** No single account has the verified email address the identity provider gave. */
	static final class NoMatchingAccountException extends AuthenticationException {

		NoMatchingAccountException() {
			super("No account has this email address");
		}
	}
}
