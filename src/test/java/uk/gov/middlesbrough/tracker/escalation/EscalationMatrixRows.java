package uk.gov.middlesbrough.tracker.escalation;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/**
 * Escalation routes, tried on a locality no demo manager manages (so only the head of service may mark its items)
 * whose first plan has never been reviewed, so its overdue review is on the list to be marked.
 */
public class EscalationMatrixRows implements MatrixRows {

	private long localityId;
	private long planId;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Map.ofEntries(
				entry("GET /escalations", ALL),
				entry("GET /escalations/export", ALL),
				entry("GET /localities/{id}/escalations", ALL),
				entry("GET /localities/{id}/escalations/export", ALL),
				entry("GET /escalations/mark", HEAD),
				entry("POST /escalations/mark", HEAD),
				entry("GET /escalations/decision", HEAD),
				entry("POST /escalations/decision", HEAD));
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		PlanFixtures plans = new PlanFixtures(jdbc);
		localityId = plans.locality("Escalation Matrix Ward");
		planId = plans.plan(localityId, 1);
		// Raised at DIG already, so a decision can be recorded about it.
		jdbc.update("""
				insert into escalation_mark (escalation_key, locality_id, kind, subject, reason, source_path, raised_on, note,
				    recorded_by)
				values (?, ?, 'OVERDUE_REVIEW', 'Plan 1', 'Never reviewed', '/plans/' || ?, current_date, 'Raised for the matrix', 'head')""",
				EscalationKeys.overdueReview(planId), localityId, planId);
	}

	@Override
	public String concrete(String pattern) {
		if (pattern.equals("/escalations/mark") || pattern.equals("/escalations/decision")) {
			// MockMvc encodes the query itself; this key has no character that needs it.
			return pattern + "?locality=" + localityId + "&key=" + EscalationKeys.overdueReview(planId);
		}
		return pattern.replace("{id}", String.valueOf(localityId));
	}
}
