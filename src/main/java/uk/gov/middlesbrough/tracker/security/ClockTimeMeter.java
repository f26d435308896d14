package uk.gov.middlesbrough.tracker.security;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;

/** Bucket4j's time from the application's clock, so that tests can hold it still or move it on (the throttles). */
public record ClockTimeMeter(Clock clock) implements TimeMeter {

	@Override
	public long currentTimeNanos() {
		return clock.millis() * 1_000_000L;
	}

	@Override
	public boolean isWallClockBased() {
		return true;
	}
}
