package uk.gov.middlesbrough.tracker.dashboard;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/** Dashboards and comparisons: read by everyone signed in. */
public class DashboardMatrixRows implements MatrixRows {

	private long newport;
	private long northOrmesby;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Map.ofEntries(
				entry("GET /localities/{id}/dashboard", ALL),
				entry("GET /localities/{id}/dashboard/export", ALL),
				entry("GET /compare", ALL),
				entry("GET /compare/export", ALL));
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		newport = jdbc.queryForObject("select id from locality where name = 'Newport'", Long.class);
		northOrmesby = jdbc.queryForObject("select id from locality where name = 'North Ormesby'", Long.class);
	}

	@Override
	public String concrete(String pattern) {
		if (pattern.startsWith("/compare")) {
			return pattern + "?locality=" + newport + "&locality=" + northOrmesby;
		}
		return pattern.replace("{id}", String.valueOf(newport));
	}
}
