package uk.gov.middlesbrough.tracker.database;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Lets the connection pool (the demo's or the auto-configured one) tell {@link RequestOutage} when the database
 * cannot be reached: a failed wait for a connection, or a statement on a connection the server dropped. After that,
 * the same request gets no more waits.
 */
@Component
class OutageAwarePool implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			pool.setExceptionOverride(new NoticingOutages());
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof HikariDataSource pool ? new FailFastDataSource(pool) : bean;
	}

	/** Hikari shows it every failure on a pooled connection; the pool's own choice to drop the connection stands. */
	static final class NoticingOutages implements SQLExceptionOverride {

		@java.lang.Override
		public Override adjudicate(SQLException failure) {
			RequestOutage.noticed(failure);
			return Override.CONTINUE_EVICT;
		}
	}

	static final class FailFastDataSource extends DelegatingDataSource {

		FailFastDataSource(DataSource pool) {
			super(pool);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return watched(super::getConnection);
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return watched(() -> super.getConnection(username, password));
		}

		private static Connection watched(ConnectionSource source) throws SQLException {
			if (RequestOutage.seenInThisRequest()) {
				throw new SQLTransientConnectionException("The database could not be reached earlier in this request", "08001");
			}
			try {
				return source.get();
			}
			catch (SQLException ex) {
				RequestOutage.noticed(ex);
				throw ex;
			}
		}

		private interface ConnectionSource {
			Connection get() throws SQLException;
		}
	}
}
