package uk.gov.middlesbrough.tracker.indicator;

import java.time.LocalDate;
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
 * What the PMF indicators put in "your work": each indicator whose next figure for one of the user's localities is due
 * or overdue ({@link FigureDue}), overdue first. Two statements over measurement_latest, however many localities.
 */
@Component
@Transactional(readOnly = true)
class IndicatorWork implements WorkSource {

	private final NamedParameterJdbcTemplate jdbc;
	private final UkText uk;

	IndicatorWork(NamedParameterJdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.uk = new UkText(messages);
	}

	@Override
	public List<WorkGroup> work(WorkRequest request) {
		if (request.localities().isEmpty()) {
			return List.of();
		}
		String awaited = """
				select y.* from (select x.indicator_id, x.locality_id, x.latest_period, i.name, i.frequency, %s as state
				                 from measurement_latest x join indicator i on i.id = x.indicator_id
				                 where x.locality_id in (:localityIds) offset 0) y
				where y.state <> 'NOT_YET'""".formatted(FigureDue.sql("i.frequency", "x.latest_period", "cast(:day as date)"));
		MapSqlParameterSource params = new MapSqlParameterSource("localityIds", request.localityIds())
				.addValue("day", request.now().day()).addValue("n", request.itemsShown());
		Map<Long, Integer> counts = new LinkedHashMap<>();
		jdbc.query("select z.locality_id, count(*) as n from (" + awaited + ") z group by z.locality_id", params, rs -> {
			counts.put(rs.getLong("locality_id"), rs.getInt("n"));
		});
		List<WorkItem> items = request.itemsShown() == 0 ? List.of()
				: jdbc.query(awaited + " order by y.state desc, y.latest_period, y.name, y.locality_id limit :n", params,
				(rs, i) -> {
					long indicatorId = rs.getLong("indicator_id");
					long localityId = rs.getLong("locality_id");
					return new WorkItem(rs.getString("name"),
							why(Frequency.valueOf(rs.getString("frequency")), rs.getObject("latest_period", LocalDate.class),
									FigureDue.State.valueOf(rs.getString("state"))),
							"/indicators/" + indicatorId + "?locality=" + localityId + "#enter-figure", localityId, request.name(localityId));
				});
		return List.of(new WorkGroup("figures-due", 40, "work.figures", counts, items, "/localities/{locality}/dashboard#indicators-heading"));
	}

	private String why(Frequency frequency, LocalDate latest, FigureDue.State state) {
		LocalDate next = FigureDue.nextPeriodEnd(frequency, latest);
		return uk.text(state == FigureDue.State.OVERDUE ? "work.figure.overdue" : "work.figure.due", frequency.label(next),
				UkText.day(FigureDue.dueBy(frequency, latest)), frequency.label(latest));
	}
}
