package uk.gov.middlesbrough.tracker.plan;

import static java.util.Map.entry;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/**
 * The plans workbook: its download (everyone signed in) and its import, whose page, upload and template any role that
 * may edit some locality's plans may use (head of service, neighbourhood manager); a file staged by the head of
 * service, whose row refers to no action, is previewed and confirmed by its uploader only and never saves anything.
 */
public class PlanWorkbookMatrixRows implements MatrixRows {

	private static final Set<Role> PLAN_EDITORS = EnumSet.of(Role.HEAD_OF_SERVICE, Role.NEIGHBOURHOOD_MANAGER);
	private static final String FILE_NAME = "plans-matrix.csv";

	private long localityId;
	private long batchId;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Map.ofEntries(
				entry("GET /localities/{id}/plans/workbook.xlsx", ALL),
				entry("GET /plans/import", PLAN_EDITORS),
				entry("POST /plans/import", PLAN_EDITORS),
				entry("GET /plans/import/template.csv", PLAN_EDITORS),
				entry("GET /plans/import/{batchId}", HEAD),
				entry("POST /plans/import/{batchId}/confirm", HEAD));
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		localityId = new PlanFixtures(jdbc).locality("Workbook Matrix Ward");
		List<Long> batches = jdbc.queryForList("select id from import_batch where kind = 'PLAN_WORKBOOK' and file_name = ?",
				Long.class, FILE_NAME);
		batchId = batches.isEmpty() ? jdbc.queryForObject("""
				insert into import_batch (kind, file_name, content, sha256, row_count, uploaded_by)
				values ('PLAN_WORKBOOK', ?, ?, repeat('0', 64), 1, 'head') returning id""", Long.class, FILE_NAME,
				"action_ref,specific,measurable,target,owner_post,relevant_objective,start_date,due_date,percent_complete\n"
						+ "999999999,Matrix action,Sessions,6,Manager,Objective,2026-01-01,2026-12-31,10\n")
				: batches.get(0);
	}

	@Override
	public String concrete(String pattern) {
		return pattern.replace("{id}", String.valueOf(localityId)).replace("{batchId}", String.valueOf(batchId));
	}
}
