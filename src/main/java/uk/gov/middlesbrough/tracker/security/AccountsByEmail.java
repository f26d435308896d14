package uk.gov.middlesbrough.tracker.security;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The account an email address belongs to, for signing in with the council's identity provider. */
@Component
public class AccountsByEmail {

	private final UserAccountRepository accounts;

	AccountsByEmail(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * The one account with this address, compared without regard to case, enabled or not. Empty when none has it, and
	 * also when two or more share it: nobody can tell which of them is meant, so nobody is signed in as either.
	 */
	@Transactional(readOnly = true)
	public Optional<SignedInUser> only(String email) {
		List<UserAccount> matching = accounts.findByEmailIgnoreCase(email.strip());
		return matching.size() == 1 ? Optional.of(matching.get(0).toSignedInUser()) : Optional.empty();
	}
}
