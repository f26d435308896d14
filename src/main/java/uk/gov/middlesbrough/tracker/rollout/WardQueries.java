package uk.gov.middlesbrough.tracker.rollout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The read side of wards and their figures: one statement each. */
@Component
@Transactional(readOnly = true)
public class WardQueries {

	private static final String FIGURE_COLUMNS = "f.ward_id, m.code, f.period, f.value, f.people_count, f.illustrative";

	private final NamedParameterJdbcTemplate jdbc;

	WardQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every ward, by name, with the locality running in it. */
	public List<Ward> wards() {
		return jdbc.query("""
				select w.id, w.name, w.population, w.children, w.locality_id, l.name as locality_name, w.illustrative
				from ward w left join locality l on l.id = w.locality_id
				order by w.name""", Map.of(), (rs, i) -> new Ward(rs.getLong("id"), rs.getString("name"),
				(Integer) rs.getObject("population"), (Integer) rs.getObject("children"),
				(Long) rs.getObject("locality_id"), rs.getString("locality_name"), rs.getBoolean("illustrative")));
	}

	/** The measures in their order on the pages. */
	public List<WardMeasure> measures() {
		return jdbc.query("""
				select id, code, name, unit, need_direction, period_months, source from ward_measure
				order by position, name""", Map.of(), (rs, i) -> new WardMeasure(rs.getLong("id"), rs.getString("code"),
				rs.getString("name"), rs.getString("unit"), NeedDirection.valueOf(rs.getString("need_direction")),
				rs.getInt("period_months"), rs.getString("source")));
	}

	/** Each ward's latest figure for each measure from periods starting on or before {@code asOf}. */
	public List<WardFigure> latest(LocalDate asOf) {
		return jdbc.query("select distinct on (f.ward_measure_id, f.ward_id) " + FIGURE_COLUMNS + """
				 from ward_figure f join ward_measure m on m.id = f.ward_measure_id
				where f.period <= :asOf
				order by f.ward_measure_id, f.ward_id, f.period desc""", Map.of("asOf", asOf), WardQueries::figure);
	}

	/** Every figure of one measure for these wards, oldest first. */
	public List<WardFigure> series(String measureCode, Collection<Long> wardIds) {
		if (wardIds.isEmpty()) {
			return List.of();
		}
		return jdbc.query("select " + FIGURE_COLUMNS + """
				 from ward_figure f join ward_measure m on m.id = f.ward_measure_id
				where m.code = :code and f.ward_id in (:wards)
				order by f.period, f.ward_id""", Map.of("code", measureCode, "wards", wardIds), WardQueries::figure);
	}

	private static WardFigure figure(ResultSet rs, int i) throws SQLException {
		return new WardFigure(rs.getLong("ward_id"), rs.getString("code"), rs.getObject("period", LocalDate.class),
				rs.getBigDecimal("value"), (Integer) rs.getObject("people_count"), rs.getBoolean("illustrative"));
	}
}
