package uk.gov.middlesbrough.tracker.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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

	/** Today's view when {@code day} is null, else the end of that day (for links such as chart images). */
	public static AsOf of(LocalDate day, Clock clock) {
		return day == null ? now(clock) : endOf(day, clock);
	}

	/** Everything recorded by the end of {@code day}; a day that is today or later is today's view. */
	public static AsOf endOf(LocalDate day, Clock clock) {
		AsOf now = now(clock);
		if (!day.isBefore(now.day())) {
			return now;
		}
		return new AsOf(day.plusDays(1).atStartOfDay(UK).toInstant(), day, true);
	}
}
