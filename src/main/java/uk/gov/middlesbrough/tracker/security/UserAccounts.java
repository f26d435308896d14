package uk.gov.middlesbrough.tracker.security;

import java.util.List;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.web.AcceptedEdits;
import uk.gov.middlesbrough.tracker.web.ChangedMeanwhile;
import uk.gov.middlesbrough.tracker.web.FormText;
import uk.gov.middlesbrough.tracker.web.NotFound;

/** The administrator's work on accounts, and a user changing their own password. */
@Component
public class UserAccounts {

	private final UserAccountRepository accounts;
	private final PasswordEncoder passwordEncoder;
	private final SessionTerminator sessionTerminator;
	private final AcceptedEdits edits;

	UserAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, SessionTerminator sessionTerminator,
			AcceptedEdits edits) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.sessionTerminator = sessionTerminator;
		this.edits = edits;
	}

	@Transactional(readOnly = true)
	public List<UserAccount> all() {
		return accounts.findAllByOrderByUsernameAsc();
	}

	@Transactional(readOnly = true)
	public UserAccount get(long id) {
		return accounts.findById(id).orElseThrow(() -> new NotFound("user", id));
	}

	@Transactional
	public long create(UserForm form) {
		String username = form.getUsername().strip().toLowerCase(Locale.ROOT);
		if (accounts.existsByUsername(username)) {
			throw new AccountProblem("username", "user.username.taken");
		}
		UserAccount account = new UserAccount(username, form.getDisplayName().strip(), FormText.blankToNull(form.getPostTitle()),
				form.getRole(), form.getLocalityId(), passwordEncoder.encode(form.getPassword()));
		account.changeEmail(unusedEmail(form.getEmail(), null));
		return accounts.saveAndFlush(account).getId();
	}

	/** Changes name, post, role and locality. An administrator may not change their own role. */
	@Transactional
	public void update(long id, UserForm form, SignedInUser actor) {
		UserAccount account = get(id);
		if (account.getVersion() != form.getVersion()) {
			throw new AccountProblem(null, "user.changedMeanwhile");
		}
		boolean roleChanges = account.getRole() != form.getRole()
				|| (form.getRole().isBoundToLocality() && !form.getLocalityId().equals(account.getLocalityId()));
		if (roleChanges && actor.id() == id) {
			throw new AccountProblem("role", "user.role.ownRole");
		}
		account.describe(form.getDisplayName().strip(), FormText.blankToNull(form.getPostTitle()));
		account.changeEmail(unusedEmail(form.getEmail(), id));
		account.assign(form.getRole(), form.getLocalityId());
		try {
			edits.save(accounts, account);
		}
		catch (ChangedMeanwhile ex) {
			throw new AccountProblem(null, "user.changedMeanwhile");
		}
		if (roleChanges) {
			// Sessions hold the role they were signed in with: make the user sign in again.
			sessionTerminator.endSessionsAfterCommit(account.getUsername());
		}
	}

	/** A user changes their own email address (blank: none). */
	@Transactional
	public void changeOwnEmail(SignedInUser user, String typed) {
		get(user.id()).changeEmail(unusedEmail(typed, user.id()));
	}

	/**
	 * The address to keep (null for none), refused if another account has it: signing in with the council's identity
	 * provider finds the account by its address, so one address names one account (V037 holds the same rule).
	 */
	private String unusedEmail(String typed, Long accountId) {
		String address = EmailAddress.read(typed).orElse(null);
		if (address != null && accounts.findByEmailIgnoreCase(address).stream().anyMatch(other -> !other.getId().equals(accountId))) {
			throw new AccountProblem("email", "user.email.taken");
		}
		return address;
	}

	/** Someone else's password reset by an administrator must be changed at their next sign-in. */
	@Transactional
	public void resetPassword(long id, String newPassword, SignedInUser actor, String currentSessionId) {
		UserAccount account = get(id);
		if (actor.id() == id) {
			account.changePassword(passwordEncoder.encode(newPassword));
		}
		else {
			account.setPasswordToChange(passwordEncoder.encode(newPassword));
		}
		sessionTerminator.endSessionsAfterCommit(account.getUsername(), actor.id() == id ? currentSessionId : null);
	}

	@Transactional
	public void changeOwnPassword(SignedInUser user, String currentPassword, String newPassword, String currentSessionId) {
		UserAccount account = get(user.id());
		if (!passwordEncoder.matches(currentPassword == null ? "" : currentPassword, account.getPasswordHash())) {
			throw new AccountProblem("currentPassword", "account.password.currentWrong");
		}
		account.changePassword(passwordEncoder.encode(newPassword));
		sessionTerminator.endSessionsAfterCommit(account.getUsername(), currentSessionId);
	}

	/** Disables the account and ends its sessions at once. An administrator may not disable themselves. */
	@Transactional
	public void disable(long id, SignedInUser actor) {
		if (actor.id() == id) {
			throw new AccountProblem(null, "user.disable.self");
		}
		UserAccount account = get(id);
		account.disable();
		sessionTerminator.endSessionsAfterCommit(account.getUsername());
	}

	@Transactional
	public void enable(long id) {
		get(id).enable();
	}

}
