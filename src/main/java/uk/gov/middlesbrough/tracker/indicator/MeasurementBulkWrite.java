package uk.gov.middlesbrough.tracker.indicator;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.indicator.FigureEntry.FigureKey;

/**
 * The measurements an import saves, in a fixed number of statements whatever the file's size: the figures recorded
 * now for the file's keys, all new figures with their RECORDED revisions, all corrections (each only if its
 * version is still the one read) with their CORRECTED revisions. Figures typed on a page go through the
 * {@link Measurement} aggregate; an import applies the same rule ({@link Measurement#sameAs}, old value kept in a
 * revision, note and source kept unless given) to tens of thousands of rows at once, which one entity per row
 * cannot do in reasonable time.
 */
@Component
class MeasurementBulkWrite {

	private final JdbcTemplate jdbc;

	MeasurementBulkWrite(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What is recorded now for these entries' keys (one statement), by key. */
	Map<FigureKey, Recorded> recorded(Collection<FigureEntry> entries) {
		Map<FigureKey, Recorded> found = new HashMap<>();
		if (entries.isEmpty()) {
			return found;
		}
		List<FigureEntry> list = List.copyOf(entries);
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			try (PreparedStatement statement = connection.prepareStatement("""
					select m.id, m.version, m.indicator_id, m.locality_id, m.period, m.value, m.note, m.source_reference
					from measurement m
					join unnest(?::bigint[], ?::bigint[], ?::date[]) as k (indicator_id, locality_id, period)
					  on m.indicator_id = k.indicator_id and m.locality_id = k.locality_id and m.period = k.period""")) {
				statement.setArray(1, longs(connection, list, FigureEntry::indicatorId));
				statement.setArray(2, longs(connection, list, FigureEntry::localityId));
				statement.setArray(3, texts(connection, list, entry -> entry.period().toString()));
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						FigureKey key = new FigureKey(rs.getLong("indicator_id"), rs.getLong("locality_id"),
								rs.getObject("period", LocalDate.class));
						found.put(key, new Recorded(rs.getLong("id"), rs.getLong("version"), rs.getBigDecimal("value"),
								rs.getString("note"), rs.getString("source_reference")));
					}
				}
			}
			return null;
		});
		return found;
	}

	/** New figures and their first revisions (one statement). */
	void insert(List<FigureEntry> entries, String who, Instant when, long importBatchId) {
		if (entries.isEmpty()) {
			return;
		}
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			try (PreparedStatement statement = connection.prepareStatement("""
					with input as (
					    select * from unnest(?::bigint[], ?::bigint[], ?::date[], ?::numeric[], ?::text[], ?::text[])
					        as t (indicator_id, locality_id, period, value, note, source_reference)
					),
					inserted as (
					    insert into measurement (indicator_id, locality_id, period, value, note, source_reference, created_at)
					    select indicator_id, locality_id, period, value, note, source_reference, ? from input
					    returning id, value, note, source_reference
					)
					insert into measurement_revision (measurement_id, kind, old_value, value, note, source_reference,
					                                  recorded_by, recorded_at, import_batch_id)
					select id, 'RECORDED', null, value, note, source_reference, ?, ?, ? from inserted""")) {
				statement.setArray(1, longs(connection, entries, FigureEntry::indicatorId));
				statement.setArray(2, longs(connection, entries, FigureEntry::localityId));
				statement.setArray(3, texts(connection, entries, entry -> entry.period().toString()));
				statement.setArray(4, texts(connection, entries, entry -> entry.value().toPlainString()));
				statement.setArray(5, texts(connection, entries, FigureEntry::note));
				statement.setArray(6, texts(connection, entries, FigureEntry::sourceReference));
				statement.setTimestamp(7, Timestamp.from(when));
				statement.setString(8, who);
				statement.setTimestamp(9, Timestamp.from(when));
				statement.setLong(10, importBatchId);
				statement.executeUpdate();
			}
			return null;
		});
	}

	/**
	 * Corrections of figures read by {@link #recorded}, each applied only if its version is still the one read, with
	 * their revisions (one statement). Returns how many were applied: fewer than asked means some figure was changed
	 * meanwhile.
	 */
	int correct(List<Correction> corrections, String who, Instant when, long importBatchId) {
		if (corrections.isEmpty()) {
			return 0;
		}
		return jdbc.execute((ConnectionCallback<Integer>) connection -> {
			try (PreparedStatement statement = connection.prepareStatement("""
					with input as (
					    select * from unnest(?::bigint[], ?::bigint[], ?::numeric[], ?::text[], ?::text[], ?::numeric[])
					        as t (id, version, value, note, source_reference, old_value)
					),
					updated as (
					    update measurement m
					    set value = i.value, note = coalesce(i.note, m.note),
					        source_reference = coalesce(i.source_reference, m.source_reference), version = m.version + 1
					    from input i
					    where m.id = i.id and m.version = i.version
					    returning m.id, m.value, m.note, m.source_reference, i.old_value
					)
					insert into measurement_revision (measurement_id, kind, old_value, value, note, source_reference,
					                                  recorded_by, recorded_at, import_batch_id)
					select id, 'CORRECTED', old_value, value, note, source_reference, ?, ?, ? from updated""")) {
				statement.setArray(1, longs(connection, corrections, Correction::id));
				statement.setArray(2, longs(connection, corrections, Correction::version));
				statement.setArray(3, texts(connection, corrections, correction -> correction.entry().value().toPlainString()));
				statement.setArray(4, texts(connection, corrections, correction -> correction.entry().note()));
				statement.setArray(5, texts(connection, corrections, correction -> correction.entry().sourceReference()));
				statement.setArray(6, texts(connection, corrections, correction -> correction.oldValue().toPlainString()));
				statement.setString(7, who);
				statement.setTimestamp(8, Timestamp.from(when));
				statement.setLong(9, importBatchId);
				return statement.executeUpdate();
			}
		});
	}

	private static <T> Array longs(Connection connection, List<T> rows, Function<T, Long> value) throws SQLException {
		return connection.createArrayOf("bigint", rows.stream().map(value).toArray(Long[]::new));
	}

	private static <T> Array texts(Connection connection, List<T> rows, Function<T, String> value) throws SQLException {
		List<String> values = new ArrayList<>(rows.size());
		rows.forEach(row -> values.add(value.apply(row)));
		return connection.createArrayOf("text", values.toArray(String[]::new));
	}

	/** What is recorded now for one key, with the version it was read at. */
	record Recorded(long id, long version, BigDecimal value, String note, String sourceReference) {
	}

	/** A recorded figure to correct to an entry, if it is still at the version read. */
	record Correction(long id, long version, BigDecimal oldValue, FigureEntry entry) {
	}
}
