package uk.gov.middlesbrough.tracker.security.session;

import java.time.Duration;

/**
 * When a page's session runs out if nothing more happens, and how long before that to warn, in seconds. A warning
 * longer than half the timeout (a test's tiny timeout) shrinks to half, so the page is usable before it warns.
 */
public record SessionTimeout(long timeoutSeconds, long warningSeconds) {

	static SessionTimeout of(Duration idleTimeout, Duration warningBefore) {
		long timeout = idleTimeout.toSeconds();
		return new SessionTimeout(timeout, Math.min(warningBefore.toSeconds(), timeout / 2));
	}
}
