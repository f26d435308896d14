package uk.gov.middlesbrough.tracker.audit;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes {@link RecordWritten} to the trail, a row per field as the entity listener does, on the caller's connection
 * so that it commits or rolls back with the write.
 */
@Component
class RecordWrittenAuditor {

	private final DataSource dataSource;

	RecordWrittenAuditor(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener
	public void written(RecordWritten event) {
		String actor = Actor.current();
		var rows = event.changes().stream()
			.map(change -> new AuditRow(actor, event.kind(), event.recordType(), String.valueOf(event.recordId()), null,
					change.field(), text(change.field(), change.oldValue()), text(change.field(), change.newValue())))
			.toList();
		if (rows.isEmpty()) {
			return;
		}
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			AuditWriter.write(connection, rows);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not record a change to " + event.recordType() + " " + event.recordId(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static String text(String field, Object value) {
		if (value == null) {
			return null;
		}
		return AuditValues.isSecret(field) ? AuditValues.MASK : AuditValues.text(value);
	}
}
