package uk.gov.middlesbrough.tracker.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who is who, for other modules: the plan leads to choose from and names to show (one query each). */
@Component
@Transactional(readOnly = true)
public class UserDirectory {

	private final UserAccountRepository accounts;

	UserDirectory(UserAccountRepository accounts) {
		this.accounts = accounts;
	}

	/** Enabled users with the plan lead role, by name. */
	public List<PersonSummary> planLeads() {
		return accounts.findByRoleAndEnabledTrueOrderByDisplayNameAsc(Role.PLAN_LEAD).stream()
				.map(UserDirectory::summary)
				.toList();
	}

	/** Whether the account is an enabled plan lead, the only kind of account a plan's lead may be. */
	public boolean isPlanLead(long id) {
		return accounts.existsByIdAndRoleAndEnabledTrue(id, Role.PLAN_LEAD);
	}

	public Map<Long, PersonSummary> byId(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return accounts.findAllById(ids).stream().collect(Collectors.toMap(UserAccount::getId, UserDirectory::summary));
	}

	private static PersonSummary summary(UserAccount account) {
		return new PersonSummary(account.getId(), account.getUsername(), account.getDisplayName(), account.getPostTitle());
	}

	/** A user as other modules show them. */
	public record PersonSummary(long id, String username, String displayName, String postTitle) {
	}
}
