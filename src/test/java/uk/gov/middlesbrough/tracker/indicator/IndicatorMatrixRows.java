package uk.gov.middlesbrough.tracker.indicator;

import static java.util.Map.entry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/**
 * Indicator routes, tried on an indicator in a locality of its own, and on a staged measurements import
 * uploaded by the head of service (nobody else can see or confirm it: they are sent back to the import page).
 */
public class IndicatorMatrixRows implements MatrixRows {

	/** Entering and importing figures: the head of service, and neighbourhood managers for their own locality. */
	private static final Set<Role> FIGURES = EnumSet.of(Role.HEAD_OF_SERVICE, Role.NEIGHBOURHOOD_MANAGER);

	private long indicatorId;
	private long localityId;
	private long batchId;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Map.ofEntries(
				entry("GET /indicators", ALL),
				entry("GET /indicators/new", ADMIN_AND_HEAD),
				entry("POST /indicators", ADMIN_AND_HEAD),
				entry("GET /indicators/{id}", ALL),
				entry("GET /indicators/{id}/edit", ADMIN_AND_HEAD),
				entry("POST /indicators/{id}", ADMIN_AND_HEAD),
				entry("GET /indicators/{id}/chart.svg", ALL),
				entry("GET /indicators/{id}/export", ALL),
				entry("POST /indicators/{id}/measurements", FIGURES),
				entry("GET /indicators/import", FIGURES),
				entry("POST /indicators/import", FIGURES),
				entry("GET /indicators/import/template.csv", FIGURES),
				entry("GET /indicators/import/{batchId}", FIGURES),
				entry("POST /indicators/import/{batchId}/confirm", FIGURES));
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		IndicatorFixtures fixtures = new IndicatorFixtures(jdbc);
		indicatorId = fixtures.indicator("matrix-indicator", "COUNT", "LOWER_IS_BETTER", "20", "2");
		localityId = fixtures.locality("Indicator Matrix Ward");
		jdbc.update("""
				insert into import_batch (kind, file_name, content, sha256, row_count, uploaded_by)
				select 'MEASUREMENTS', 'matrix.csv', ?, repeat('0', 64), 1, 'head'
				where not exists (select 1 from import_batch where kind = 'MEASUREMENTS' and file_name = 'matrix.csv')""",
				"indicator,locality,period,value\nmatrix-indicator,Indicator Matrix Ward,2021-01-31,5\n");
		batchId = jdbc.queryForObject("select id from import_batch where kind = 'MEASUREMENTS' and file_name = 'matrix.csv'",
				Long.class);
	}

	@Override
	public String concrete(String pattern) {
		String path = pattern.replace("{id}", String.valueOf(indicatorId)).replace("{batchId}", String.valueOf(batchId));
		return path.endsWith("/chart.svg") ? path + "?locality=" + localityId : path;
	}
}
