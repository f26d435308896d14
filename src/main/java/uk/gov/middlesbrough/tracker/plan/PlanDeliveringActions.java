package uk.gov.middlesbrough.tracker.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.scrutiny.DeliveringActions;

/** The actions that deliver scrutiny recommendations, with their completion and RAG today (one statement). */
@Component
class PlanDeliveringActions implements DeliveringActions {

	private final NamedParameterJdbcTemplate jdbc;
	private final RagRule ragRule;

	PlanDeliveringActions(NamedParameterJdbcTemplate jdbc, RagThresholds thresholds) {
		this.jdbc = jdbc;
		this.ragRule = new RagRule(thresholds);
	}

	@Override
	public List<DeliveringAction> read(Collection<Long> actionIds, LocalDate day) {
		if (actionIds.isEmpty()) {
			return List.of();
		}
		Map<Long, DeliveringAction> found = new HashMap<>();
		jdbc.query("""
				select a.id, a.specific, a.completion, a.status, a.start_date, a.due_date, p.title as plan_title, l.name as locality
				from plan_action a join action_plan p on p.id = a.action_plan_id join locality l on l.id = p.locality_id
				where a.id in (:ids)""", new MapSqlParameterSource("ids", actionIds), rs -> {
			boolean cancelled = ActionStatus.CANCELLED.name().equals(rs.getString("status"));
			int completion = rs.getInt("completion");
			RagStatus rag = cancelled ? null : ragRule.assess(rs.getObject("start_date", LocalDate.class),
					rs.getObject("due_date", LocalDate.class), completion, day);
			long id = rs.getLong("id");
			found.put(id, new DeliveringAction(id, rs.getString("specific"), rs.getString("locality"), rs.getString("plan_title"),
					completion, rag == null ? null : rag.name(), cancelled, "/actions/" + id));
		});
		return actionIds.stream().map(found::get).filter(Objects::nonNull).toList();
	}
}
