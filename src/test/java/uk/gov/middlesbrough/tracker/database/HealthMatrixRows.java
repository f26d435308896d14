package uk.gov.middlesbrough.tracker.database;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/** The health endpoints: open to anyone (load balancers and orchestrators do not sign in), statuses only. */
public class HealthMatrixRows implements MatrixRows {

	private static final Set<String> ROUTES = Set.of("GET /actuator/health", "GET /actuator/health/liveness",
			"GET /actuator/health/readiness");

	@Override
	public Map<String, Set<Role>> allowed() {
		Map<String, Set<Role>> allowed = new java.util.HashMap<>();
		ROUTES.forEach(route -> allowed.put(route, ALL));
		return allowed;
	}

	@Override
	public Set<String> publicRoutes() {
		return ROUTES;
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		// nothing to create: health reads no records
	}

	@Override
	public String concrete(String pattern) {
		return pattern;
	}
}
