package uk.gov.middlesbrough.tracker.database;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells an exception that means "the database cannot be reached or did not answer in time" (somewhere in its
 * causes) from any other failure: the first is the service being unavailable (503, try again later), the other a
 * fault (500).
 */
public final class DatabaseOutage {

	/** SQLSTATE class 08 (connection exception), server shutting down or starting, statement cancelled by timeout. */
	private static final String CONNECTION_CLASS = "08";
	private static final java.util.Set<String> UNAVAILABLE_STATES = java.util.Set.of("57P01", "57P02", "57P03", "57014");

	private DatabaseOutage() {
	}

	public static boolean isCause(Throwable thrown) {
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable cause = thrown; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
			if (signalsOutage(cause)) {
				return true;
			}
		}
		return false;
	}

	private static boolean signalsOutage(Throwable cause) {
		if (cause instanceof SQLTransientConnectionException || cause instanceof CannotCreateTransactionException
				|| cause instanceof DataAccessResourceFailureException || cause instanceof QueryTimeoutException
				|| cause instanceof JDBCConnectionException || cause instanceof ConnectException
				|| cause instanceof SocketTimeoutException) {
			return true;
		}
		if (cause instanceof SQLException sql && sql.getSQLState() != null) {
			String state = sql.getSQLState();
			return state.startsWith(CONNECTION_CLASS) || UNAVAILABLE_STATES.contains(state);
		}
		return false;
	}
}
