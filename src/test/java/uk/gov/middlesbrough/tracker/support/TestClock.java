package uk.gov.middlesbrough.tracker.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in tests: the real time (the demo data is dated relative to the database's today) until a
 * test fixes it at an instant with {@link #fixAt}; {@link IntegrationTest} lets it run again after every test, so no
 * test depends on another's clock.
 */
public final class TestClock extends Clock {

	private final ZoneId zone;
	private volatile Instant fixed;

	TestClock(ZoneId zone) {
		this.zone = zone;
	}

	/** From now until the test ends, every "now" in the application is this instant. */
	public void fixAt(Instant instant) {
		this.fixed = instant;
	}

	/** The real time again. */
	public void run() {
		this.fixed = null;
	}

	@Override
	public Instant instant() {
		Instant at = fixed;
		return at != null ? at : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		TestClock clock = new TestClock(other);
		clock.fixed = fixed;
		return clock;
	}
}
