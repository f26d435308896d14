package uk.gov.middlesbrough.tracker.rollout;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.MatrixRows;

/** The evaluation of a locality, its chart and its downloads: everyone signed in reads them (ward aggregates, small numbers withheld). */
public class EvaluationMatrixRows implements MatrixRows {

	private long localityId;
	private long comparatorId;

	@Override
	public Map<String, Set<Role>> allowed() {
		return Map.ofEntries(
				entry("GET /rollout/evaluation", ALL),
				entry("GET /rollout/evaluation/chart.svg", ALL),
				entry("GET /rollout/evaluation/export", ALL));
	}

	/** A locality in its own ward and one comparator ward, each with a quarterly figure before and after its start. */
	@Override
	public void prepare(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into ward_measure (code, name, unit, need_direction, period_months, source)
				values ('matrix-evaluation', 'Matrix evaluation', 'RATE_PER_1000', 'HIGHER_MEANS_MORE_NEED', 3, 'Test')
				on conflict do nothing""");
		jdbc.update("""
				insert into locality (name, ward, status, start_date)
				values ('Matrix evaluation', 'Matrix evaluation', 'PILOT', date '2020-01-01') on conflict do nothing""");
		localityId = jdbc.queryForObject("select id from locality where name = 'Matrix evaluation'", Long.class);
		jdbc.update("insert into ward (name, locality_id) values ('Matrix evaluation', ?) on conflict do nothing", localityId);
		jdbc.update("insert into ward (name) values ('Matrix evaluation comparator') on conflict do nothing");
		comparatorId = jdbc.queryForObject("select id from ward where name = 'Matrix evaluation comparator'", Long.class);
		jdbc.update("""
				insert into ward_figure (ward_id, ward_measure_id, period, value)
				select w.id, m.id, p.period, 10 from ward w, ward_measure m, (values (date '2019-10-01'), (date '2020-01-01')) p (period)
				where w.name like 'Matrix evaluation%' and m.code = 'matrix-evaluation'
				on conflict do nothing""");
	}

	@Override
	public String concrete(String pattern) {
		return pattern + "?show=1&locality=" + localityId + "&measure=matrix-evaluation&comparator=" + comparatorId;
	}
}
