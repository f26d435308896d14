package uk.gov.middlesbrough.tracker.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A kind of record named by one SQL statement: {@code sql} selects a column {@code id} and whatever the name needs,
 * for the rows whose id is {@code in (:ids)}, and {@code namer} makes each row's name.
 */
public final class SqlAuditedRecords implements AuditedRecords {

	/** Makes the name of the result set's current row. */
	@FunctionalInterface
	public interface Namer {
		RecordName name(ResultSet rs) throws SQLException;
	}

	static final int MOST_IDS = 10_000;

	private final String recordType;
	private final String kindKey;
	private final Map<String, AuditedField> fields;
	private final NamedParameterJdbcTemplate jdbc;
	private final String sql;
	private final Namer namer;

	private SqlAuditedRecords(Builder builder, NamedParameterJdbcTemplate jdbc, String sql, Namer namer) {
		this.recordType = builder.recordType;
		this.kindKey = builder.kindKey;
		this.fields = Map.copyOf(builder.fields);
		this.jdbc = jdbc;
		this.sql = sql;
		this.namer = namer;
	}

	/** Starts a kind of record stored as {@code recordType}, called by the message {@code kindKey}. */
	public static Builder of(String recordType, String kindKey) {
		return new Builder(recordType, kindKey);
	}

	@Override
	public String recordType() {
		return recordType;
	}

	@Override
	public String kindKey() {
		return kindKey;
	}

	@Override
	public AuditedField field(String field) {
		return fields.getOrDefault(field, AuditedField.AS_STORED);
	}

	/**
	 * One statement for a page; an export naming more records than PostgreSQL takes parameters in one statement
	 * (32,767) asks in parts of {@value #MOST_IDS}.
	 */
	@Override
	public Map<Long, RecordName> names(Collection<Long> ids) {
		Map<Long, RecordName> names = new HashMap<>();
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += MOST_IDS) {
			jdbc.query(sql, new MapSqlParameterSource("ids", all.subList(from, Math.min(all.size(), from + MOST_IDS))), rs -> {
				names.put(rs.getLong("id"), namer.name(rs));
			});
		}
		return names;
	}

	/** The fields that need more than the stored text, then the statement that names the records. */
	public static final class Builder {

		private final String recordType;
		private final String kindKey;
		private final Map<String, AuditedField> fields = new HashMap<>();

		private Builder(String recordType, String kindKey) {
			this.recordType = recordType;
			this.kindKey = kindKey;
		}

		public Builder field(String field, AuditedField how) {
			fields.put(field, how);
			return this;
		}

		public SqlAuditedRecords names(NamedParameterJdbcTemplate jdbc, String sql, Namer namer) {
			return new SqlAuditedRecords(this, jdbc, sql, namer);
		}
	}
}
