package uk.gov.middlesbrough.tracker.audit;

import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.security.SecondFactorChanged;

/**
 * Second-factor changes on the audit trail, as a change of the account's field "secondFactor" (its secret and codes
 * are kept outside JPA, so the entity listener does not see them; nor would their values belong in the trail).
 * Written on the caller's connection, so it commits or rolls back with the change.
 */
@Component
class SecondFactorAuditor {

	private final DataSource dataSource;

	SecondFactorAuditor(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener
	public void changed(SecondFactorChanged event) {
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			AuditWriter.write(connection, List.of(new AuditRow(Actor.current(), AuditKind.UPDATE, "UserAccount",
					String.valueOf(event.userId()), null, "secondFactor", null, event.change().name())));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not record a second-factor change", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}
}
