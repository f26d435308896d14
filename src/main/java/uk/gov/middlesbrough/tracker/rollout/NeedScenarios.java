package uk.gov.middlesbrough.tracker.rollout;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved need indexes: saving one copies its method, weights and every figure it used (one transaction, so a scenario
 * is never saved without its figures), and opening one reads them back (three statements). Never changed after.
 */
@Component
public class NeedScenarios {

	private final NamedParameterJdbcTemplate jdbc;
	private final WardQueries wards;
	private final Clock clock;

	NeedScenarios(NamedParameterJdbcTemplate jdbc, WardQueries wards, Clock clock) {
		this.jdbc = jdbc;
		this.wards = wards;
		this.clock = clock;
	}

	/** Today's figures with these weights: what the builder page shows before saving. */
	@Transactional(readOnly = true)
	public ScenarioInputs current(Standardisation method, Map<String, java.math.BigDecimal> weights) {
		LocalDate today = LocalDate.now(clock);
		return ScenarioInputs.current(method, wards.measures(), weights, wards.wards(), wards.latest(today));
	}

	@Transactional
	public long save(String name, String purpose, Standardisation method, Map<String, java.math.BigDecimal> weights,
			String by) {
		String trimmed = name.trim();
		if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from need_scenario where lower(name) = lower(:name))",
				Map.of("name", trimmed), Boolean.class))) {
			throw new ScenarioNameTaken(trimmed);
		}
		ScenarioInputs inputs = current(method, weights);
		if (inputs.empty()) {
			throw new IllegalArgumentException("A scenario needs at least one indicator with a weight above 0");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update("""
				insert into need_scenario (name, method, figures_as_of, purpose, created_by, created_at)
				values (:name, :method, :asOf, :purpose, :by, :at)""", new MapSqlParameterSource().addValue("name", trimmed)
			.addValue("method", method.name()).addValue("asOf", LocalDate.now(clock))
			.addValue("purpose", purpose == null || purpose.isBlank() ? null : purpose.trim()).addValue("by", by)
			.addValue("at", Timestamp.from(clock.instant())), key, new String[] { "id" });
		long id = key.getKeyAs(Long.class);
		jdbc.batchUpdate("""
				insert into need_scenario_indicator (need_scenario_id, position, measure_code, measure_name, unit,
				                                     need_direction, weight)
				values (:id, :position, :code, :name, :unit, :direction, :weight)""", inputs.indicators().stream()
			.map(indicator -> new MapSqlParameterSource().addValue("id", id).addValue("position", indicator.position())
				.addValue("code", indicator.code()).addValue("name", indicator.name()).addValue("unit", indicator.unit())
				.addValue("direction", indicator.direction().name()).addValue("weight", indicator.weight()))
			.toArray(MapSqlParameterSource[]::new));
		jdbc.batchUpdate("""
				insert into need_scenario_figure (need_scenario_id, position, ward_name, locality_id, period, value,
				                                  people_count, illustrative)
				values (:id, :position, :ward, :locality, :period, :value, :people, :illustrative)""", inputs.figures()
			.stream().map(figure -> new MapSqlParameterSource().addValue("id", id).addValue("position", figure.position())
				.addValue("ward", figure.wardName()).addValue("locality", figure.localityId())
				.addValue("period", figure.period()).addValue("value", figure.value())
				.addValue("people", figure.peopleCount()).addValue("illustrative", figure.illustrative()))
			.toArray(MapSqlParameterSource[]::new));
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<SavedScenario> find(long id) {
		Map<String, Object> params = Map.of("id", id);
		List<SavedScenario> found = jdbc.query("""
				select id, name, purpose, method, figures_as_of, created_by, created_at from need_scenario where id = :id""",
				params, (rs, i) -> new SavedScenario(rs.getLong("id"), rs.getString("name"), rs.getString("purpose"),
						rs.getObject("figures_as_of", LocalDate.class), rs.getString("created_by"),
						rs.getTimestamp("created_at").toInstant(), new ScenarioInputs(
								Standardisation.valueOf(rs.getString("method")), List.of(), List.of())));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		List<ScenarioIndicator> indicators = jdbc.query("""
				select position, measure_code, measure_name, unit, need_direction, weight from need_scenario_indicator
				where need_scenario_id = :id order by position""", params, (rs, i) -> new ScenarioIndicator(
				rs.getInt("position"), rs.getString("measure_code"), rs.getString("measure_name"), rs.getString("unit"),
				NeedDirection.valueOf(rs.getString("need_direction")), rs.getBigDecimal("weight")));
		List<FrozenFigure> figures = jdbc.query("""
				select position, ward_name, locality_id, period, value, people_count, illustrative
				from need_scenario_figure where need_scenario_id = :id order by position, ward_name""", params,
				(rs, i) -> new FrozenFigure(rs.getInt("position"), rs.getString("ward_name"),
						(Long) rs.getObject("locality_id"), rs.getObject("period", LocalDate.class), rs.getBigDecimal("value"),
						(Integer) rs.getObject("people_count"), rs.getBoolean("illustrative")));
		SavedScenario head = found.get(0);
		return Optional.of(new SavedScenario(head.id(), head.name(), head.purpose(), head.figuresAsOf(), head.createdBy(),
				head.createdAt(), new ScenarioInputs(head.inputs().method(), indicators, figures)));
	}

	/** Every saved scenario, newest first (one statement). */
	@Transactional(readOnly = true)
	public List<ScenarioSummary> all() {
		return jdbc.query("""
				select s.id, s.name, s.method, s.figures_as_of, s.created_by, s.created_at,
				       (select count(*) from need_scenario_indicator i where i.need_scenario_id = s.id) as indicators
				from need_scenario s order by s.created_at desc, s.id desc""", Map.of(),
				(rs, i) -> new ScenarioSummary(rs.getLong("id"), rs.getString("name"),
						Standardisation.valueOf(rs.getString("method")), rs.getInt("indicators"),
						rs.getObject("figures_as_of", LocalDate.class), rs.getString("created_by"),
						rs.getTimestamp("created_at").toInstant()));
	}
}
