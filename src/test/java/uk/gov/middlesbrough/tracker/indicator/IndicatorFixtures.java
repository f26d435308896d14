package uk.gov.middlesbrough.tracker.indicator;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds indicator data straight in the database, for tests that need known figures and histories. */
public final class IndicatorFixtures {

	private final JdbcTemplate jdbc;

	public IndicatorFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An indicator (kept as it is if the code exists already). */
	public long indicator(String code, String unit, String polarity, String target, String tolerance) {
		jdbc.update("""
				insert into indicator (code, name, unit, polarity, frequency, source, target, tolerance)
				values (?, ?, ?, ?, 'MONTHLY', 'Test source', ?::numeric, ?::numeric) on conflict do nothing""",
				code, "Indicator " + code, unit, polarity, target, tolerance);
		return jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
	}

	/** A locality with no plans (kept as it is if the name exists already). */
	public long locality(String name) {
		jdbc.update("""
				insert into locality (name, ward, status, start_date) values (?, ?, 'PILOT', date '2021-10-01')
				on conflict do nothing""", name, name);
		return jdbc.queryForObject("select id from locality where name = ?", Long.class, name);
	}

	/** A figure first recorded at {@code at}. */
	public long figure(long indicatorId, long localityId, LocalDate period, String value, String sourceReference, Instant at) {
		long id = jdbc.queryForObject("""
				insert into measurement (indicator_id, locality_id, period, value, source_reference)
				values (?, ?, ?, ?::numeric, ?) returning id""", Long.class, indicatorId, localityId, period, value, sourceReference);
		jdbc.update("""
				insert into measurement_revision (measurement_id, kind, value, source_reference, recorded_by, recorded_at)
				values (?, 'RECORDED', ?::numeric, ?, 'fixture', ?)""", id, value, sourceReference, Timestamp.from(at));
		return id;
	}

	/** A correction of the figure for that period, recorded at {@code at}. */
	public void correct(long indicatorId, long localityId, LocalDate period, String value, String note, Instant at) {
		jdbc.update("""
				insert into measurement_revision (measurement_id, kind, old_value, value, note, source_reference, recorded_by, recorded_at)
				select m.id, 'CORRECTED', m.value, ?::numeric, ?, m.source_reference, 'fixture', ? from measurement m
				where m.indicator_id = ? and m.locality_id = ? and m.period = ?""", value, note, Timestamp.from(at), indicatorId,
				localityId, period);
		jdbc.update("""
				update measurement set value = ?::numeric, note = ?, version = version + 1
				where indicator_id = ? and locality_id = ? and period = ?""", value, note, indicatorId, localityId, period);
	}

	public Integer count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}
}
