package uk.gov.middlesbrough.tracker.security.session;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions on one node at a time (ShedLock, as the reminder digests), in place of Spring Session's
 * own clean-up, which runs on every node at once ({@code spring.session.jdbc.cleanup-cron=-} switches it off).
 */
@Component
class ExpiredSessionCleanup {

	private final JdbcIndexedSessionRepository sessions;

	ExpiredSessionCleanup(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "${tracker.session.cleanup-cron:0 * * * * *}")
	@SchedulerLock(name = "expired-sessions", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
	void run() {
		sessions.cleanUpExpiredSessions();
	}
}
