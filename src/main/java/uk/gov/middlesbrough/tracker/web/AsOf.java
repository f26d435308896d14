package uk.gov.middlesbrough.tracker.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The moment a view is "as of": everything recorded up to {@code cutoff} counts, and dates are judged on
 * {@code day} (UK time). Today's view is {@link #now}; a past view is the end of a past day.
 */
public record AsOf(Instant cutoff, LocalDate day, boolean past) {

	public static final ZoneId UK = ZoneId.of("Europe/London");

	public static AsOf now(Clock clock) {
		Instant now = clock.instant();
		return new AsOf(now, LocalDate.ofInstant(now, UK), false);
	}

	/**
	 * Whether what is recorded now is what was known at this moment, judged by one history table (its
	 * {@code recorded_at} index answers in one probe): today's view with nothing recorded after the cutoff. Then a
	 * page may read the current state instead of looking up each row's history, which is the same and much cheaper.
	 *
	 * @param historyTable a table of the feature's history with an index on {@code recorded_at} (a constant, never
	 *                     user input)
	 */
	public boolean isCurrentFor(NamedParameterJdbcTemplate jdbc, String historyTable) {
		return !past && Boolean.TRUE.equals(jdbc.queryForObject(
				"select coalesce(max(recorded_at) <= :cutoff, true) from " + historyTable,
				new MapSqlParameterSource("cutoff", Timestamp.from(cutoff)), Boolean.class));
	}

	/** Today's view when {@code day} is null, else the end of that day (for links such as chart images). */
	public static AsOf of(LocalDate day, Clock clock) {
		return day == null ? now(clock) : endOf(day, clock);
	}

	/**
	 * Everything recorded by the end of {@code day}; a day that is today or later is today's view.
	 *
	 * @throws DateOutOfRange if {@code day} is outside {@link SaneInput}'s range (a bad request)
	 */
	public static AsOf endOf(LocalDate day, Clock clock) {
		AsOf now = now(clock);
		if (!SaneInput.inRange(day, SaneInput.latest(now.day()))) {
			throw new DateOutOfRange(day);
		}
		if (!day.isBefore(now.day())) {
			return now;
		}
		return new AsOf(day.plusDays(1).atStartOfDay(UK).toInstant(), day, true);
	}
}
