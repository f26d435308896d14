package uk.gov.middlesbrough.tracker.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.work.WorkGroup;
import uk.gov.middlesbrough.tracker.work.WorkRequest;
import uk.gov.middlesbrough.tracker.work.WorkSource;

/**
 * Restatements waiting for the head of service's decision, counted by locality in the head's "your work" (which
 * lists counts across localities, never items), each count linking to the register. One statement.
 */
@Component
@Transactional(readOnly = true)
class RestatementWork implements WorkSource {

	private final NamedParameterJdbcTemplate jdbc;

	RestatementWork(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<WorkGroup> work(WorkRequest request) {
		if (!request.user().hasRole(Role.HEAD_OF_SERVICE) || request.localities().isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource("localityIds", request.localityIds());
		Map<Long, Integer> counts = new LinkedHashMap<>();
		jdbc.query("""
				select locality_id, count(*) as n from restatement
				where decision = 'REQUESTED' and locality_id in (:localityIds) group by locality_id""", params, rs -> {
			counts.put(rs.getLong("locality_id"), rs.getInt("n"));
		});
		return List.of(new WorkGroup("restatements", 45, "work.restatements", counts, List.of(), "/restatements"));
	}
}
