package uk.gov.middlesbrough.tracker.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.web.UkText;
import uk.gov.middlesbrough.tracker.work.WorkGroup;
import uk.gov.middlesbrough.tracker.work.WorkItem;
import uk.gov.middlesbrough.tracker.work.WorkRequest;
import uk.gov.middlesbrough.tracker.work.WorkSource;

/**
 * What the caseloads put in "your work": a locality whose latest caseload snapshot is older than last month is due
 * its monthly snapshot (on 4 December, November's). Localities that have never recorded caseloads are left out. One
 * statement over each post's latest snapshot.
 */
@Component
@Transactional(readOnly = true)
class CaseloadWork implements WorkSource {

	private final NamedParameterJdbcTemplate jdbc;
	private final UkText uk;

	CaseloadWork(NamedParameterJdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.uk = new UkText(messages);
	}

	@Override
	public List<WorkGroup> work(WorkRequest request) {
		if (request.localities().isEmpty()) {
			return List.of();
		}
		LocalDate lastMonth = request.now().day().withDayOfMonth(1).minusMonths(1);
		Map<Long, Integer> counts = new LinkedHashMap<>();
		List<WorkItem> items = new ArrayList<>();
		jdbc.query("""
				select x.locality_id, max(s.snapshot_date) as latest
				from caseload_post_latest x join caseload_snapshot s on s.id = x.caseload_snapshot_id
				where x.locality_id in (:localityIds)
				group by x.locality_id having max(s.snapshot_date) < :lastMonth
				order by max(s.snapshot_date), x.locality_id""",
				new MapSqlParameterSource("localityIds", request.localityIds()).addValue("lastMonth", lastMonth), rs -> {
					long localityId = rs.getLong("locality_id");
					counts.put(localityId, 1);
					if (items.size() < request.itemsShown()) {
						items.add(new WorkItem(uk.text("work.caseload.subject", request.name(localityId)),
								uk.text("work.caseload.due", UkText.MONTH.format(lastMonth),
										UkText.day(rs.getObject("latest", LocalDate.class))),
								"/localities/" + localityId + "/caseloads#record-heading", localityId, request.name(localityId)));
					}
				});
		return List.of(new WorkGroup("caseloads-due", 50, "work.caseloads", counts, items, "/localities/{locality}/caseloads"));
	}
}
