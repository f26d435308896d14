package uk.gov.middlesbrough.tracker.security.oidc;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.gov.middlesbrough.tracker.security.SignedInUser;

/**
 * Who the identity provider said signed in, and the account that matched them, for the moment between the two:
 * {@link CouncilSignInConfiguration} then makes the account itself the principal. Named by the account's username, so
 * the sign-in event (and the audit row it leaves) names the account.
 */
record CouncilUser(OidcUser identity, SignedInUser account) implements OidcUser {

	@Override
	public String getName() {
		return account.getUsername();
	}

	@Override
	public Map<String, Object> getClaims() {
		return identity.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return identity.getUserInfo();
	}

	@Override
	public OidcIdToken getIdToken() {
		return identity.getIdToken();
	}

	@Override
	public Map<String, Object> getAttributes() {
		return identity.getAttributes();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return CouncilAuthorities.of(account, identity);
	}
}
