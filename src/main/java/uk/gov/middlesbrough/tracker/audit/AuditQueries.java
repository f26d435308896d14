package uk.gov.middlesbrough.tracker.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the audit trail as changes, newest first, filtered: the rows one transaction wrote for one record (they share
 * the transaction's time, {@code now()}) make one change. A page costs two statements: the count and the page.
 */
@Component
class AuditQueries {

	static final ZoneId UK = ZoneId.of("Europe/London");
	private static final String GROUPS = " group by occurred_at, actor, kind, record_type, record_id,"
			+ " case when record_type is null then id end";

	private final NamedParameterJdbcTemplate jdbc;

	AuditQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long count(AuditFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		return jdbc.queryForObject("select count(*) from (select 1 from audit_event" + where(filter, params) + GROUPS + ") c",
				params, Long.class);
	}

	/** At most {@code limit} changes, after skipping the {@code offset} newest. */
	List<AuditChange> changes(AuditFilter filter, long offset, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		params.addValue("limit", limit).addValue("offset", offset);
		return jdbc.query("""
				select max(id) as id, occurred_at, actor, kind, record_type, record_id, max(record_label) as record_label,
				       array_agg(field order by id) as fields, array_agg(old_value order by id) as old_values,
				       array_agg(new_value order by id) as new_values
				from audit_event""" + where + GROUPS + " order by occurred_at desc, max(id) desc limit :limit offset :offset",
				params, AuditQueries::change);
	}

	private static String where(AuditFilter filter, MapSqlParameterSource params) {
		StringBuilder where = new StringBuilder(" where true");
		if (hasText(filter.getActor())) {
			where.append(" and actor = :actor");
			params.addValue("actor", filter.getActor().strip());
		}
		if (filter.getKind() != null) {
			where.append(" and kind = :kind");
			params.addValue("kind", filter.getKind().name());
		}
		if (hasText(filter.getRecordType())) {
			where.append(" and record_type = :recordType");
			params.addValue("recordType", filter.getRecordType());
		}
		if (hasText(filter.getRecordId())) {
			where.append(" and record_id = :recordId");
			params.addValue("recordId", filter.getRecordId().strip());
		}
		if (filter.fromDate() != null) {
			where.append(" and occurred_at >= :from");
			params.addValue("from", filter.fromDate().atStartOfDay(UK).toOffsetDateTime());
		}
		if (filter.toDate() != null) {
			where.append(" and occurred_at < :to");
			params.addValue("to", filter.toDate().plusDays(1).atStartOfDay(UK).toOffsetDateTime());
		}
		return where.toString();
	}

	private static AuditChange change(ResultSet rs, int row) throws SQLException {
		String[] fields = strings(rs.getArray("fields"));
		String[] oldValues = strings(rs.getArray("old_values"));
		String[] newValues = strings(rs.getArray("new_values"));
		List<AuditChange.FieldChange> changes = new ArrayList<>();
		String detail = null;
		for (int i = 0; i < fields.length; i++) {
			if (fields[i] == null) {
				detail = newValues[i];
			}
			else {
				changes.add(new AuditChange.FieldChange(fields[i], oldValues[i], newValues[i]));
			}
		}
		return new AuditChange(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class)
				.atZoneSameInstant(UK).toOffsetDateTime(), rs.getString("actor"), AuditKind.valueOf(rs.getString("kind")),
				rs.getString("record_type"), id(rs.getString("record_id")), rs.getString("record_label"), changes, detail);
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	private static Long id(String recordId) {
		try {
			return recordId == null ? null : Long.valueOf(recordId);
		}
		catch (NumberFormatException notAnId) {
			return null;
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}
}
