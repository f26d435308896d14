package uk.gov.middlesbrough.tracker.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends every session of a user on every node (sessions live in PostgreSQL), once the change that
 * requires it has committed.
 */
@Component
class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	void endSessionsAfterCommit(String username) {
		endSessionsAfterCommit(username, null);
	}

	/** As {@link #endSessionsAfterCommit(String)}, but keeps {@code keepSessionId} (the user's own current session). */
	void endSessionsAfterCommit(String username, String keepSessionId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					endSessions(username, keepSessionId);
				}
			});
		}
		else {
			endSessions(username, keepSessionId);
		}
	}

	private void endSessions(String username, String keepSessionId) {
		sessions.findByPrincipalName(username).keySet().stream()
				.filter(sessionId -> !sessionId.equals(keepSessionId))
				.forEach(sessions::deleteById);
	}
}
