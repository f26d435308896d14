package uk.gov.middlesbrough.tracker.security;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks accounts up for sign-in, and stores a password hashed again with today's algorithm when Spring Security
 * finds the stored hash older (a bcrypt hash becomes Argon2id at the next successful sign-in).
 */
@Component
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final UserAccountRepository accounts;

	AccountUserDetailsService(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
				.map(UserAccount::toSignedInUser)
				.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newEncodedPassword) {
		accounts.rehashPassword(user.getUsername(), newEncodedPassword);
		return ((SignedInUser) user).withPasswordHash(newEncodedPassword);
	}
}
