package uk.gov.middlesbrough.tracker.rollout;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/**
 * The ward figures import: the head of service only, tried on a file staged by the head whose measure is unknown, so
 * previewing or confirming it shows its row problem and never saves a figure.
 */
public class WardImportMatrixRows implements MatrixRows {

	private long batchId;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Map.ofEntries(
				entry("GET /rollout/import", HEAD),
				entry("POST /rollout/import", HEAD),
				entry("GET /rollout/import/template.csv", HEAD),
				entry("GET /rollout/import/{batchId}", HEAD),
				entry("POST /rollout/import/{batchId}/confirm", HEAD));
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into ward (name, illustrative) values ('Ward Import Matrix Ward', true) on conflict (name) do nothing""");
		jdbc.update("""
				insert into import_batch (kind, file_name, content, sha256, row_count, uploaded_by)
				select 'WARD_FIGURES', 'matrix.csv', ?, repeat('0', 64), 1, 'head'
				where not exists (select 1 from import_batch where kind = 'WARD_FIGURES' and file_name = 'matrix.csv')""",
				"ward,measure,period,value\nWard Import Matrix Ward,matrix-unknown-measure,2021-01-01,5\n");
		batchId = jdbc.queryForObject("select id from import_batch where kind = 'WARD_FIGURES' and file_name = 'matrix.csv'",
				Long.class);
	}

	@Override
	public String concrete(String pattern) {
		return pattern.replace("{batchId}", String.valueOf(batchId));
	}
}
