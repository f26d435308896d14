package uk.gov.middlesbrough.tracker.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down without telling anyone which usernames exist and without locking anyone out for
 * long. Two token buckets (Bucket4j, kept in PostgreSQL's {@code sign_in_bucket} so every node shares them) are
 * spent by every attempt, whether or not the username exists: one per client address, the main brake on guessing
 * (an attacker trying many usernames), and one per username, more generous, against guessing one person's password
 * from many addresses. A successful sign-in gives its attempts back, so only failures use them up.
 * <p>
 * This is a throttle, not a lock: attempts come back one at a time as the buckets refill, so a colleague whose
 * username someone is guessing can sign in again minutes later, and the password alone never signs anyone in
 * where a second factor is required. An over-limit attempt is refused before any password is hashed.
 */
@Component
public class SignInThrottle {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
	private final SignInThrottleSettings settings;

	SignInThrottle(DataSource dataSource, SignInThrottleSettings settings, Clock clock) {
		this.settings = settings;
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("sign_in_bucket")
			.clientClock(new ClockTimeMeter(clock))
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
	}

	/** Spends one attempt from the address's bucket and the username's; false (and nothing spent) when either is empty. */
	public boolean tryAttempt(String address, String username) {
		Bucket byAddress = addressBucket(address);
		if (!byAddress.tryConsume(1)) {
			return false;
		}
		if (!usernameBucket(username).tryConsume(1)) {
			byAddress.addTokens(1);
			return false;
		}
		return true;
	}

	/** A password sign-in that succeeded gives its attempt back to both buckets. */
	@EventListener
	public void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
				&& token.getDetails() instanceof WebAuthenticationDetails details) {
			addressBucket(details.getRemoteAddress()).addTokens(1);
			usernameBucket(token.getName()).addTokens(1);
		}
	}

	/**
	 * Spends one of a user's second-factor code attempts ({@code attempts}, coming back one at a time over
	 * {@code refill}); false when none is left. Codes are six digits, so without this a million guesses would find one.
	 */
	public boolean tryCodeAttempt(String username, int attempts, Duration refill) {
		return codeBucket(username, attempts, refill).tryConsume(1);
	}

	/** A right code gives its attempt back, so only wrong codes use them up. */
	public void codeSucceeded(String username, int attempts, Duration refill) {
		codeBucket(username, attempts, refill).addTokens(1);
	}

	private Bucket codeBucket(String username, int attempts, Duration refill) {
		return buckets.builder().build("code:" + normalise(username), () -> configuration(attempts, refill));
	}

	/** Removes buckets that have filled up again (a full bucket is the same as none); safe on several nodes at once. */
	@Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.HOURS)
	void removeFullBuckets() {
		while (buckets.removeExpired(1000) == 1000) {
			// more to remove
		}
	}

	private Bucket addressBucket(String address) {
		return buckets.builder().build("address:" + address,
				() -> configuration(settings.addressAttempts(), settings.addressRefill()));
	}

	private Bucket usernameBucket(String username) {
		return buckets.builder().build("username:" + normalise(username),
				() -> configuration(settings.usernameAttempts(), settings.usernameRefill()));
	}

	private static BucketConfiguration configuration(int attempts, Duration refill) {
		return BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, refill))
			.build();
	}

	/** As the username is looked up: trimmed and lower case; long enough to tell any real usernames apart. */
	static String normalise(String username) {
		String name = String.valueOf(username).strip().toLowerCase(Locale.ROOT);
		return name.length() > 100 ? name.substring(0, 100) : name;
	}
}
