package uk.gov.middlesbrough.tracker.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: counts failed sign-ins per username in PostgreSQL (so every node sees
 * them) and locks the username for a while after too many. A successful sign-in clears the count.
 */
@Component
class SignInThrottle {

	private final JdbcTemplate jdbc;
	private final SignInThrottleSettings settings;
	private final Clock clock;

	SignInThrottle(JdbcTemplate jdbc, SignInThrottleSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	boolean isLocked(String username) {
		Integer recent = jdbc.queryForObject("select count(*) from sign_in_failure where username = ? and failed_at > ?",
				Integer.class, normalise(username), Timestamp.from(clock.instant().minus(settings.lockout())));
		return recent != null && recent >= settings.maxFailures();
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		jdbc.update("insert into sign_in_failure (username, failed_at) values (?, ?)",
				normalise(event.getAuthentication().getName()), Timestamp.from(clock.instant()));
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		jdbc.update("delete from sign_in_failure where username = ?", normalise(event.getAuthentication().getName()));
	}

	private static String normalise(String username) {
		String name = String.valueOf(username).strip().toLowerCase(Locale.ROOT);
		return name.length() > 100 ? name.substring(0, 100) : name;
	}
}
