package uk.gov.middlesbrough.tracker.plan;

import static java.util.Map.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.DemoUsers;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/**
 * Plan routes, tried on a plan led by police.lead (the PLAN_LEAD user) in a locality no demo manager
 * manages, so only the head of service and that lead may work on it.
 */
public class PlanMatrixRows implements MatrixRows {

	private static final Set<Role> HEAD_AND_LEAD = EnumSet.of(Role.HEAD_OF_SERVICE, Role.PLAN_LEAD);

	private long localityId;
	private long planId;
	private long actionId;
	private long themeId;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Map.ofEntries(
				entry("GET /localities/{id}/plans", ALL),
				entry("GET /localities/{id}/plans/export", ALL),
				entry("GET /localities/{id}/actions", ALL),
				entry("GET /plans/{id}/export", ALL),
				entry("GET /plans/{id}", ALL),
				entry("GET /plans/{id}/edit", HEAD),
				entry("POST /plans/{id}", HEAD),
				entry("GET /plans/{id}/reviews/new", HEAD_AND_LEAD),
				entry("POST /plans/{id}/reviews", HEAD_AND_LEAD),
				entry("GET /plans/{id}/actions/new", HEAD_AND_LEAD),
				entry("GET /plans/{id}/progress", HEAD_AND_LEAD),
				entry("POST /plans/{id}/progress", HEAD_AND_LEAD),
				entry("POST /plans/{id}/actions", HEAD_AND_LEAD),
				entry("GET /actions/{id}", ALL),
				entry("GET /actions/{id}/edit", HEAD_AND_LEAD),
				entry("POST /actions/{id}", HEAD_AND_LEAD),
				entry("POST /actions/{id}/progress", HEAD_AND_LEAD),
				entry("GET /actions/{id}/cancel", HEAD_AND_LEAD),
				entry("POST /actions/{id}/cancel", HEAD_AND_LEAD),
				entry("GET /actions/{id}/reinstate", HEAD_AND_LEAD),
				entry("POST /actions/{id}/reinstate", HEAD_AND_LEAD),
				entry("GET /admin/plan-template", ADMIN),
				entry("GET /admin/plan-template/{id}/edit", ADMIN),
				entry("POST /admin/plan-template/{id}", ADMIN));
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		PlanFixtures plans = new PlanFixtures(jdbc);
		localityId = plans.locality("Matrix Ward");
		planId = plans.plan(localityId, 1);
		plans.lead(planId, DemoUsers.BY_ROLE.get(Role.PLAN_LEAD));
		List<Long> actions = jdbc.queryForList("select id from plan_action where action_plan_id = ?", Long.class, planId);
		actionId = actions.isEmpty()
				? plans.action(planId, "Matrix action", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), "1", Instant.now())
				: actions.get(0);
		themeId = jdbc.queryForObject("select id from plan_theme where position = 1", Long.class);
	}

	@Override
	public String concrete(String pattern) {
		long id;
		if (pattern.startsWith("/admin/plan-template/")) {
			id = themeId;
		}
		else if (pattern.startsWith("/plans/")) {
			id = planId;
		}
		else if (pattern.startsWith("/actions/")) {
			id = actionId;
		}
		else {
			id = localityId;
		}
		return pattern.replace("{id}", String.valueOf(id));
	}
}
