package uk.gov.middlesbrough.tracker.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the audit trail, newest first, filtered, a page at a time (three statements per page). */
@Component
class AuditQueries {

	static final int PAGE_SIZE = 50;
	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final NamedParameterJdbcTemplate jdbc;

	AuditQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	AuditPage find(AuditFilter filter) {
		StringBuilder where = new StringBuilder(" where true");
		MapSqlParameterSource params = new MapSqlParameterSource();
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
		if (filter.getFrom() != null) {
			where.append(" and occurred_at >= :from");
			params.addValue("from", filter.getFrom().atStartOfDay(UK).toOffsetDateTime());
		}
		if (filter.getTo() != null) {
			where.append(" and occurred_at < :to");
			params.addValue("to", filter.getTo().plusDays(1).atStartOfDay(UK).toOffsetDateTime());
		}
		long total = jdbc.queryForObject("select count(*) from audit_event" + where, params, Long.class);
		params.addValue("limit", PAGE_SIZE).addValue("offset", (long) (filter.getPage() - 1) * PAGE_SIZE);
		List<AuditEntry> entries = jdbc.query("select * from audit_event" + where
				+ " order by occurred_at desc, id desc limit :limit offset :offset", params, AuditQueries::entry);
		return new AuditPage(entries, total, filter.getPage(), PAGE_SIZE);
	}

	List<String> recordTypes() {
		return jdbc.queryForList("select distinct record_type from audit_event where record_type is not null order by 1",
				new MapSqlParameterSource(), String.class);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class)
				.atZoneSameInstant(UK).toOffsetDateTime(), rs.getString("actor"), AuditKind.valueOf(rs.getString("kind")),
				rs.getString("record_type"), rs.getString("record_id"), rs.getString("record_label"),
				rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"));
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}
}
