package uk.gov.middlesbrough.tracker.security.secondfactor;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Who needs a second factor: anyone who has set one up, and every role in {@code tracker.mfa.required-roles}. A
 * signed-in principal that is not one of the app's own accounts needs one too (nothing should sign in any other way,
 * so refuse rather than trust it). The factor itself is the authority {@link #SECOND_FACTOR}.
 */
@Component
public class SecondFactorRule {

	/** Proof of a second factor: a code from the user's app or a recovery code, or the identity provider's own MFA. */
	public static final String SECOND_FACTOR = "FACTOR_SECOND";

	/** Where a sign-in that needs the factor goes for it, and where someone who must set up an app does that. */
	public static final String CODE_PAGE = "/sign-in/code";
	public static final String SET_UP_PAGE = "/sign-in/set-up";

	private final SecondFactorSettings settings;

	SecondFactorRule(SecondFactorSettings settings) {
		this.settings = settings;
	}

	public boolean needed(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return false;
		}
		return !(authentication.getPrincipal() instanceof SignedInUser user) || needed(user);
	}

	public boolean needed(SignedInUser user) {
		return user.secondFactorSetUp() || requiredFor(user.role());
	}

	/** Whether every account with this role must use a second factor ({@code tracker.mfa.required-roles}). */
	public boolean requiredFor(Role role) {
		return settings.requiredRoles().contains(role);
	}

	public static boolean proved(Authentication authentication) {
		return authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> SECOND_FACTOR.equals(authority.getAuthority()));
	}

	public static GrantedAuthority secondFactor() {
		return FactorGrantedAuthority.fromAuthority(SECOND_FACTOR);
	}
}
