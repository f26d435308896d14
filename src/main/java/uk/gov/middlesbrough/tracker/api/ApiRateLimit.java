package uk.gov.middlesbrough.tracker.api;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.ClockTimeMeter;

/**
 * Each client token's requests a minute ({@link ApiSettings#rateLimitPerMinute()}): a Bucket4j bucket per client kept
 * in PostgreSQL's {@code api_bucket}, so every node shares it, refilled evenly over the minute.
 */
@Component
class ApiRateLimit {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
	private final BucketConfiguration configuration;

	ApiRateLimit(DataSource dataSource, ApiSettings settings, Clock clock) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("api_bucket")
			.clientClock(new ClockTimeMeter(clock))
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		int limit = settings.rateLimitPerMinute();
		this.configuration = BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(limit).refillGreedy(limit, Duration.ofMinutes(1)))
			.build();
	}

	/** Spends one of the client's requests; when none is left, how many whole seconds until the next one (at least 1). */
	long secondsToWait(long clientId) {
		ConsumptionProbe probe = buckets.builder().build("client:" + clientId, () -> configuration)
				.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
	}

	/** Removes buckets that have filled up again (a full bucket is the same as none); safe on several nodes at once. */
	@Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.HOURS)
	void removeFullBuckets() {
		while (buckets.removeExpired(1000) == 1000) {
			// more to remove
		}
	}
}
