package uk.gov.middlesbrough.tracker.security.oidc;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.security.secondfactor.SecondFactorRule;

/**
 * The one place that says what a person signed in through the council's identity provider may do: the role their
 * account has in this app (the provider grants no roles), and the factors they proved. A second factor counts only
 * when the provider says it used one (the ID token's {@code amr} claim holds {@code mfa}, RFC 8176; Entra ID sends it
 * when its conditional access asked for MFA); otherwise someone who needs one gives this app's own code as well.
 */
final class CouncilAuthorities {

	private CouncilAuthorities() {
	}

	static List<GrantedAuthority> of(SignedInUser account, OidcUser identity) {
		List<GrantedAuthority> authorities = new ArrayList<>(account.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
		List<String> methods = identity.getClaimAsStringList("amr");
		if (methods != null && methods.contains("mfa")) {
			authorities.add(SecondFactorRule.secondFactor());
		}
		return authorities;
	}
}
