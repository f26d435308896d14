package uk.gov.middlesbrough.tracker.rollout;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/** Roll-out planning: everyone reads the wards and saved need indexes; only the head of service builds and saves one. */
public class RolloutMatrixRows implements MatrixRows {

	private long scenarioId;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Map.ofEntries(
				entry("GET /rollout", ALL),
				entry("GET /rollout/scenarios/new", HEAD),
				entry("POST /rollout/scenarios", HEAD),
				entry("GET /rollout/scenarios/{id}", ALL),
				entry("GET /rollout/scenarios/{id}/export", ALL));
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into need_scenario (name, method, figures_as_of, created_by)
				values ('Matrix scenario', 'Z_SCORE', date '2022-07-01', 'head') on conflict (name) do nothing""");
		scenarioId = jdbc.queryForObject("select id from need_scenario where name = 'Matrix scenario'", Long.class);
		jdbc.update("""
				insert into need_scenario_indicator (need_scenario_id, position, measure_code, measure_name, unit,
				                                     need_direction, weight)
				values (?, 1, 'crime-rate', 'Crime per 1,000 residents', 'RATE_PER_1000', 'HIGHER_MEANS_MORE_NEED', 1)
				on conflict do nothing""", scenarioId);
	}

	@Override
	public String concrete(String pattern) {
		return pattern.replace("{id}", String.valueOf(scenarioId));
	}
}
