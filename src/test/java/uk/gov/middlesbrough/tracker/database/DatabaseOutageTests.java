package uk.gov.middlesbrough.tracker.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTests {

	@Test
	void aPoolThatTimedOutWaitingForAConnectionIsAnOutageHoweverDeeplyWrapped() {
		SQLTransientConnectionException timedOut = new SQLTransientConnectionException("Connection is not available");
		RuntimeException wrapped = new IllegalStateException("page failed",
				new CannotCreateTransactionException("Could not open JPA EntityManager", timedOut));
		assertThat(DatabaseOutage.isCause(wrapped)).isTrue();
	}

	@Test
	void aRefusedConnectionAServerShuttingDownAndAStatementTimeoutAreOutages() {
		assertThat(DatabaseOutage.isCause(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
		assertThat(DatabaseOutage.isCause(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
		assertThat(DatabaseOutage.isCause(new SQLException("canceling statement due to statement timeout", "57014"))).isTrue();
		assertThat(DatabaseOutage.isCause(new SQLException("could not connect", "08001"))).isTrue();
	}

	@Test
	void aBrokenRuleOrABugIsNotAnOutage() {
		SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
		assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("insert failed", duplicate))).isFalse();
		assertThat(DatabaseOutage.isCause(new NullPointerException())).isFalse();
		assertThat(DatabaseOutage.isCause(new SQLException("no state"))).isFalse();
	}

	@Test
	void aCauseChainThatLoopsEnds() {
		RuntimeException first = new RuntimeException("first");
		RuntimeException second = new RuntimeException("second", first);
		first.initCause(second);
		assertThat(DatabaseOutage.isCause(second)).isFalse();
	}
}
