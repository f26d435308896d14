package uk.gov.middlesbrough.tracker.security;

import java.time.Instant;

/** A user account as the pages show it (never the password hash). */
public record UserView(long id, String username, String displayName, String postTitle, Role role, Long localityId,
		boolean enabled, Instant createdAt) {

	static UserView of(UserAccount account) {
		return new UserView(account.getId(), account.getUsername(), account.getDisplayName(), account.getPostTitle(),
				account.getRole(), account.getLocalityId(), account.isEnabled(), account.getCreatedAt());
	}
}
