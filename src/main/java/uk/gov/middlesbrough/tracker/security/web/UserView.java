package uk.gov.middlesbrough.tracker.security.web;

import java.time.Instant;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.security.UserAccount;

/** A user account as the pages show it (never the password hash). */
public record UserView(long id, String username, String displayName, String postTitle, Role role, Long localityId,
		boolean enabled, Instant createdAt, Instant secondFactorSetUpAt) {

	static UserView of(UserAccount account) {
		return new UserView(account.getId(), account.getUsername(), account.getDisplayName(), account.getPostTitle(),
				account.getRole(), account.getLocalityId(), account.isEnabled(), account.getCreatedAt(),
				account.getTotpEnrolledAt());
	}
}
