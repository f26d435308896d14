package uk.gov.middlesbrough.tracker.security;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/** Sign-in (and the pages a refused sign-in with the council's identity provider lands on), home, account (with its email address and reminders), localities, users and the audit trail. */
public class CoreMatrixRows implements MatrixRows {

	private long targetUserId;
	private long localityId;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Map.ofEntries(
				entry("GET /sign-in", ALL),
				entry("GET /sign-in/no-account", ALL),
				entry("GET /sign-in/account-disabled", ALL),
				entry("GET /sign-in/provider-error", ALL),
				entry("GET /sign-in/code", ALL),
				entry("POST /sign-in/code", ALL),
				entry("GET /sign-in/set-up", ALL),
				entry("POST /sign-in/set-up", ALL),
				entry("POST /account/second-factor/recovery-codes", ALL),
				entry("GET /", ALL),
				entry("GET /account", ALL),
				entry("GET /search", ALL),
				entry("GET /account/password", ALL),
				entry("POST /session/keep-alive", ALL),
				entry("POST /account/password", ALL),
				entry("POST /account/email", ALL),
				entry("GET /account/reminders", ALL),
				entry("POST /account/reminders", ALL),
				entry("GET /localities", ALL),
				entry("GET /localities/{id}", ALL),
				entry("GET /localities/new", ADMIN_AND_HEAD),
				entry("POST /localities", ADMIN_AND_HEAD),
				entry("GET /localities/{id}/edit", ADMIN_AND_HEAD),
				entry("POST /localities/{id}", ADMIN_AND_HEAD),
				entry("GET /audit", ADMIN_AND_HEAD),
				entry("GET /audit/export", ADMIN_AND_HEAD),
				entry("GET /admin/users", ADMIN),
				entry("GET /admin/users/new", ADMIN),
				entry("POST /admin/users", ADMIN),
				entry("GET /admin/users/{id}", ADMIN),
				entry("POST /admin/users/{id}", ADMIN),
				entry("POST /admin/users/{id}/password", ADMIN),
				entry("POST /admin/users/{id}/second-factor/reset", ADMIN),
				entry("POST /admin/users/{id}/disable", ADMIN),
				entry("POST /admin/users/{id}/enable", ADMIN));
	}

	@Override
	public Set<String> publicRoutes() {
		return Set.of("GET /sign-in", "GET /sign-in/no-account", "GET /sign-in/account-disabled", "GET /sign-in/provider-error");
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into user_account (username, display_name, role, password_hash)
				values ('matrix.target', 'Matrix Target', 'VIEWER', '{noop}not-a-real-password-123')
				on conflict do nothing""");
		targetUserId = jdbc.queryForObject("select id from user_account where username = 'matrix.target'", Long.class);
		localityId = jdbc.queryForObject("select id from locality where name = 'Newport'", Long.class);
	}

	long targetUserId() {
		return targetUserId;
	}

	@Override
	public String concrete(String pattern) {
		if (pattern.equals("/audit/export")) {
			return pattern + "?format=csv";
		}
		long id = pattern.startsWith("/admin/users/") ? targetUserId : localityId;
		return pattern.replace("{id}", String.valueOf(id));
	}
}
