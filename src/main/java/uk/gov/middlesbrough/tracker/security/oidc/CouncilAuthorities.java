package uk.gov.middlesbrough.tracker.security.oidc;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * The one place that says what a person signed in through the council's identity provider may do: the role their
 * account has in this app (the provider grants no roles), and the factor they proved. The council's provider enforces
 * its own multi-factor authentication, so a second factor this app asks of password sign-ins belongs here too.
 */
final class CouncilAuthorities {

	private CouncilAuthorities() {
	}

	static List<GrantedAuthority> of(SignedInUser account) {
		List<GrantedAuthority> authorities = new ArrayList<>(account.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
		return authorities;
	}
}
