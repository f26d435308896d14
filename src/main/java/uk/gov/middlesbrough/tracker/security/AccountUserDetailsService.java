package uk.gov.middlesbrough.tracker.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks accounts up for sign-in (a disabled account costs the same password hash and gets the same answer as a wrong
 * password), and stores a password hashed again with today's algorithm when Spring Security finds the stored hash
 * older (a bcrypt hash becomes Argon2id at the next successful sign-in).
 */
@Component
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final UserAccountRepository accounts;
	/** The hash of a random secret nobody knows, which a disabled account's sign-in is checked against. */
	private final String neverMatches;

	AccountUserDetailsService(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.neverMatches = passwordEncoder.encode(Base64.getEncoder().encodeToString(secret));
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
				.map(account -> account.isEnabled() ? account.toSignedInUser()
						: account.toSignedInUser().refusedAtSignIn(neverMatches))
				.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newEncodedPassword) {
		accounts.rehashPassword(user.getUsername(), newEncodedPassword);
		return ((SignedInUser) user).withPasswordHash(newEncodedPassword);
	}
}
