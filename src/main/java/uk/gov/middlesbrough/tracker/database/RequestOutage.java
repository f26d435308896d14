package uk.gov.middlesbrough.tracker.database;

/**
 * Whether the database was found unreachable while this thread served the current request. Once it was, the rest
 * of the request fails at once rather than wait for a connection again (the session store alone would otherwise
 * wait a second time when it saves the session), and whatever failure ends the request means "unavailable", even
 * one a rollback on a dead connection put in place of the first.
 */
final class RequestOutage {

	private static final ThreadLocal<RequestOutage> CURRENT = new ThreadLocal<>();

	private boolean seen;

	private RequestOutage() {
	}

	/** Starts watching for this thread's request; false if it was already being watched (a nested dispatch). */
	static boolean begin() {
		if (CURRENT.get() != null) {
			return false;
		}
		CURRENT.set(new RequestOutage());
		return true;
	}

	static void end() {
		CURRENT.remove();
	}

	/** Records a database failure if it means the database cannot be reached (outside a request it is ignored). */
	static void noticed(Throwable failure) {
		RequestOutage current = CURRENT.get();
		if (current != null && DatabaseOutage.isCause(failure)) {
			current.seen = true;
		}
	}

	static boolean seenInThisRequest() {
		RequestOutage current = CURRENT.get();
		return current != null && current.seen;
	}
}
