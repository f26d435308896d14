package uk.gov.middlesbrough.tracker.security;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;
	private final SignInThrottle throttle;

	AccountUserDetailsService(UserAccountRepository accounts, SignInThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		SignedInUser user = accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
				.map(UserAccount::toSignedInUser)
				.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return throttle.isLocked(username) ? user.locked() : user;
	}
}
