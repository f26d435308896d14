package uk.gov.middlesbrough.tracker.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Inserts audit rows on a given connection, so they commit or roll back with the change they describe. */
final class AuditWriter {

	private static final String INSERT = "insert into audit_event "
			+ "(actor, kind, record_type, record_id, record_label, field, old_value, new_value) values (?, ?, ?, ?, ?, ?, ?, ?)";

	private AuditWriter() {
	}

	static void write(Connection connection, List<AuditRow> rows) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			for (AuditRow row : rows) {
				insert.setString(1, row.actor());
				insert.setString(2, row.kind().name());
				insert.setString(3, row.recordType());
				insert.setString(4, row.recordId());
				insert.setString(5, truncate(row.recordLabel(), 300));
				insert.setString(6, row.field());
				insert.setString(7, row.oldValue());
				insert.setString(8, row.newValue());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static String truncate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}
}
