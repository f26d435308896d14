package uk.gov.middlesbrough.tracker.plan;

import java.sql.Timestamp;
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
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The actions that deliver scrutiny recommendations, with their completion and RAG at a moment (one statement): today
 * from the actions themselves, a past day from each action's latest history entry recorded by then.
 */
@Component
class PlanDeliveringActions implements DeliveringActions {

	private static final String NOW = """
			select a.id, a.specific, a.completion, a.status, a.start_date, a.due_date, p.title as plan_title, l.name as locality
			from plan_action a join action_plan p on p.id = a.action_plan_id join locality l on l.id = p.locality_id
			where a.id in (:ids)""";

	/** Each action's latest state recorded by :cutoff (ix_action_history_action_time serves the lateral). */
	private static final String AS_OF = """
			select a.id, a.specific, h.completion, h.status, h.start_date, h.due_date, p.title as plan_title, l.name as locality
			from plan_action a join action_plan p on p.id = a.action_plan_id join locality l on l.id = p.locality_id
			join lateral (select h.completion, h.status, h.start_date, h.due_date from action_history h
			              where h.plan_action_id = a.id and h.recorded_at <= :cutoff
			              order by h.recorded_at desc, h.id desc limit 1) h on true
			where a.id in (:ids)""";

	private final NamedParameterJdbcTemplate jdbc;
	private final RagRule ragRule;

	PlanDeliveringActions(NamedParameterJdbcTemplate jdbc, RagThresholds thresholds) {
		this.jdbc = jdbc;
		this.ragRule = new RagRule(thresholds);
	}

	@Override
	public List<DeliveringAction> read(Collection<Long> actionIds, AsOf asOf) {
		if (actionIds.isEmpty()) {
			return List.of();
		}
		Map<Long, DeliveringAction> found = new HashMap<>();
		LocalDate day = asOf.day();
		jdbc.query(asOf.past() ? AS_OF : NOW,
				new MapSqlParameterSource("ids", actionIds).addValue("cutoff", Timestamp.from(asOf.cutoff())), rs -> {
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
