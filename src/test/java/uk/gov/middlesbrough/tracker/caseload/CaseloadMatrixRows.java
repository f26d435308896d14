package uk.gov.middlesbrough.tracker.caseload;

import static java.util.Map.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/**
 * Caseload routes, tried on a locality no demo manager manages (so only the head of service may enter its
 * figures) and on a caseload import staged by the head of service (only its uploader may preview or confirm it).
 * Any role that may enter figures somewhere (head of service, neighbourhood manager) may open the import page.
 */
public class CaseloadMatrixRows implements MatrixRows {

	private static final Set<Role> FIGURES = EnumSet.of(Role.HEAD_OF_SERVICE, Role.NEIGHBOURHOOD_MANAGER);
	private static final String LOCALITY = "Caseload Matrix Ward";
	private static final String FILE_NAME = "caseload-matrix.csv";

	private long localityId;
	private long snapshotId;
	private long batchId;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Map.ofEntries(
				entry("GET /localities/{id}/caseloads", ALL),
				entry("GET /localities/{id}/caseloads/chart.svg", ALL),
				entry("POST /localities/{id}/caseloads/snapshots", HEAD),
				entry("POST /localities/{id}/caseloads/staffing", HEAD),
				entry("GET /localities/{id}/caseloads/snapshots/{snapshotId}/edit", HEAD),
				entry("POST /localities/{id}/caseloads/snapshots/{snapshotId}", HEAD),
				entry("GET /caseloads/import", FIGURES),
				entry("POST /caseloads/import", FIGURES),
				entry("GET /caseloads/import/template.csv", FIGURES),
				entry("GET /caseloads/import/{batchId}", HEAD),
				entry("POST /caseloads/import/{batchId}/confirm", HEAD));
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		CaseloadFixtures fixtures = new CaseloadFixtures(jdbc);
		localityId = fixtures.locality(LOCALITY);
		List<Long> snapshots = jdbc.queryForList("select id from caseload_snapshot where locality_id = ?", Long.class, localityId);
		snapshotId = snapshots.isEmpty()
				? fixtures.snapshot(localityId, LocalDate.of(2021, 11, 22), "SOCIAL_WORKER", "Social Worker 1", 20, 10, 5,
						Instant.parse("2021-11-22T16:00:00Z"))
				: snapshots.get(0);
		List<Long> batches = jdbc.queryForList("select id from import_batch where kind = 'CASELOADS' and file_name = ?",
				Long.class, FILE_NAME);
		batchId = batches.isEmpty() ? jdbc.queryForObject("""
				insert into import_batch (kind, file_name, content, sha256, row_count, uploaded_by)
				values ('CASELOADS', ?, ?, repeat('0', 64), 1, 'head') returning id""", Long.class, FILE_NAME,
				"locality,snapshot_date,role,post_label,children,families,children_under_six_months\n" + LOCALITY
						+ ",2022-01-31,SOCIAL_WORKER,Social Worker 1,21,10,5\n")
				: batches.get(0);
	}

	@Override
	public String concrete(String pattern) {
		return pattern.replace("{id}", String.valueOf(localityId))
			.replace("{snapshotId}", String.valueOf(snapshotId))
			.replace("{batchId}", String.valueOf(batchId));
	}
}
