package uk.gov.middlesbrough.tracker.indicator;

import static java.util.Map.entry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/**
 * A locality's sign-off of figures, tried on Newport (the demo neighbourhood manager's own): everyone signed in reads
 * the sign-offs; the head of service and the locality's neighbourhood manager sign off (an empty form is sent back with
 * its errors, nothing signed off).
 */
public class SignOffMatrixRows implements MatrixRows {

	private long newport;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Map.ofEntries(
				entry("GET /localities/{id}/sign-off", ALL),
				entry("POST /localities/{id}/sign-off", EnumSet.of(Role.HEAD_OF_SERVICE, Role.NEIGHBOURHOOD_MANAGER)));
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		newport = jdbc.queryForObject("select id from locality where name = 'Newport'", Long.class);
	}

	@Override
	public String concrete(String pattern) {
		return pattern.replace("{id}", String.valueOf(newport));
	}
}
