package uk.gov.middlesbrough.tracker.support;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;

/**
 * One feature's rows of the authorization matrix: for each of its routes, the roles allowed (every other
 * role must get 403, anonymous the sign-in page), and the concrete record each route is tried on.
 */
public interface MatrixRows {

	Set<Role> ALL = EnumSet.allOf(Role.class);
	Set<Role> ADMIN = EnumSet.of(Role.ADMINISTRATOR);
	Set<Role> HEAD = EnumSet.of(Role.HEAD_OF_SERVICE);
	Set<Role> ADMIN_AND_HEAD = EnumSet.of(Role.ADMINISTRATOR, Role.HEAD_OF_SERVICE);

	/** Route ("GET /plans/{id}") → the roles allowed. */
	Map<String, Set<Role>> allowed();

	/** Routes anyone may open without signing in. */
	default Set<String> publicRoutes() {
		return Set.of();
	}

	/**
	 * Routes that answer a bearer token only (the read API): anonymous and every signed-in role get 401, as a session
	 * counts for nothing there.
	 */
	default Set<String> tokenRoutes() {
		return Set.of();
	}

	/** Creates (idempotently) the records the routes are tried on; runs before each test. */
	void prepare(JdbcTemplate jdbc);

	/** The path to request for one of this feature's route patterns, e.g. "/plans/{id}" → "/plans/42". */
	String concrete(String pattern);
}
