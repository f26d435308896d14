package uk.gov.middlesbrough.tracker.indicator;

import static java.util.Map.entry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/**
 * The register of restatements: everyone signed in reads it and each request; the head of service and Newport's own
 * neighbourhood manager open and send the request form for a Newport figure (sent empty, it comes back with its
 * errors); only the head decides, tried on an open request for North Ormesby's signed-off April 2021 anti-social
 * behaviour figure with a stale version (refused as changed meanwhile, nothing decided).
 */
public class RestatementMatrixRows implements MatrixRows {

	private long newport;
	private long indicator;
	private long request;

	@Override
	public Map<String, Set<Role>> allowed() {
		Set<Role> figureOwners = EnumSet.of(Role.HEAD_OF_SERVICE, Role.NEIGHBOURHOOD_MANAGER);
		return Map.ofEntries(
				entry("GET /restatements", ALL),
				entry("GET /restatements/new", figureOwners),
				entry("POST /restatements", figureOwners),
				entry("GET /restatements/{id}", ALL),
				entry("POST /restatements/{id}/approve", HEAD),
				entry("POST /restatements/{id}/refuse", HEAD));
	}

	@Override
	public void prepare(JdbcTemplate jdbc) {
		newport = jdbc.queryForObject("select id from locality where name = 'Newport'", Long.class);
		indicator = jdbc.queryForObject("select id from indicator where code = 'asb-incidents'", Long.class);
		jdbc.update("""
				insert into restatement (indicator_id, locality_id, period, old_value, new_value, reason, requested_by, requested_at)
				select ?, l.id, date '2021-04-30', 35, 36, 'Matrix request', 'head', now() from locality l
				where l.name = 'North Ormesby' and not exists (select 1 from restatement r where r.reason = 'Matrix request')""",
				indicator);
		request = jdbc.queryForObject("select id from restatement where reason = 'Matrix request'", Long.class);
	}

	@Override
	public String concrete(String pattern) {
		String figure = "?indicator=" + indicator + "&locality=" + newport + "&period=2022-01-31";
		return switch (pattern) {
			case "/restatements/new" -> pattern + figure;
			case "/restatements" -> pattern + "?indicatorId=" + indicator + "&localityId=" + newport + "&period=2022-01-31";
			default -> pattern.replace("{id}", String.valueOf(request));
		};
	}
}
