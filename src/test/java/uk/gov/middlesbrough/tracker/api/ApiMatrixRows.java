package uk.gov.middlesbrough.tracker.api;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/**
 * The read API and its administration. The API's routes answer bearer tokens only: a signed-in session of any role,
 * or none, gets 401 (ApiIT proves a token is let in). The API client pages are for administrators only, tried on a
 * client issued for the matrix (revoking it again changes nothing; the form sent empty comes back with its errors).
 */
public class ApiMatrixRows implements MatrixRows {

	private static final Set<String> API = Set.of("GET /api/v1/localities", "GET /api/v1/localities/{id}",
			"GET /api/v1/localities/{id}/plans", "GET /api/v1/localities/{id}/actions",
			"GET /api/v1/localities/{id}/indicators", "GET /api/v1/localities/{id}/surveys", "GET /api/v1/recommendations");

	private long newport;
	private long client;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Stream.concat(API.stream().map(route -> entry(route, Set.<Role>of())), Stream.of(
				entry("GET /admin/api-clients", ADMIN),
				entry("GET /admin/api-clients/new", ADMIN),
				entry("POST /admin/api-clients", ADMIN),
				entry("GET /admin/api-clients/{id}", ADMIN),
				entry("GET /admin/api-clients/{id}/revoke", ADMIN),
				entry("POST /admin/api-clients/{id}/revoke", ADMIN)))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Override
	public Set<String> tokenRoutes() {
		return API;
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		newport = jdbc.queryForObject("select id from locality where name = 'Newport'", Long.class);
		jdbc.update("""
				insert into api_client (name, organisation, token_hash, issued_by, issued_at)
				select 'Matrix client', 'Matrix', repeat('0', 64), 'admin', now()
				where not exists (select 1 from api_client where name = 'Matrix client')""");
		client = jdbc.queryForObject("select id from api_client where name = 'Matrix client'", Long.class);
	}

	@Override
	public String concrete(String pattern) {
		return pattern.startsWith("/api/") ? pattern.replace("{id}", String.valueOf(newport))
				: pattern.replace("{id}", String.valueOf(client));
	}
}
