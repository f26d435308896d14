package uk.gov.middlesbrough.tracker.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.gov.middlesbrough.tracker.security.secondfactor.SecondFactorRule;

/**
 * For MockMvc: a user signed in with both factors, as after the password and the code. Use in place of Spring
 * Security's {@code user(UserDetails)}, whose authentication has the role only and so is sent to the code page
 * wherever a second factor is needed.
 */
public final class SignedInUsers {

	private SignedInUsers() {
	}

	public static RequestPostProcessor user(UserDetails details) {
		List<GrantedAuthority> authorities = new ArrayList<>(details.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		authorities.add(SecondFactorRule.secondFactor());
		return authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, authorities));
	}

	/** Signed in with the password only (the code not yet given). */
	public static RequestPostProcessor passwordOnly(UserDetails details) {
		List<GrantedAuthority> authorities = new ArrayList<>(details.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, authorities));
	}
}
