package uk.gov.middlesbrough.tracker.plan;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.pack.ChangeWindow;
import uk.gov.middlesbrough.tracker.pack.PackChange;
import uk.gov.middlesbrough.tracker.pack.PackChangeGroup;
import uk.gov.middlesbrough.tracker.pack.PackChangeSource;
import uk.gov.middlesbrough.tracker.web.Percent;
import uk.gov.middlesbrough.tracker.web.UkText;

/**
 * The plans' changes since a pack: plans whose completion (to the tenth the pages show) or RAG counts moved, and
 * actions whose RAG changed (a RAG moves with the calendar as well as with updates, so "who" is the person who last
 * updated the action in the window, if anyone did). The plans are read as the dashboards read them; the actions in one
 * statement.
 */
@Component
@Transactional(readOnly = true)
class PlanChangesSincePack implements PackChangeSource {

	private final PlanQueries queries;
	private final NamedParameterJdbcTemplate jdbc;
	private final RagRule ragRule;
	private final UkText uk;

	PlanChangesSincePack(PlanQueries queries, NamedParameterJdbcTemplate jdbc, RagThresholds thresholds, MessageSource messages) {
		this.queries = queries;
		this.jdbc = jdbc;
		this.ragRule = new RagRule(thresholds);
		this.uk = new UkText(messages);
	}

	@Override
	public List<PackChangeGroup> changes(ChangeWindow window) {
		if (window.localities().isEmpty()) {
			return List.of(new PackChangeGroup(10, "plans", "changes.plans", List.of()),
					new PackChangeGroup(20, "actions", "changes.actions", List.of()));
		}
		return List.of(new PackChangeGroup(10, "plans", "changes.plans", plans(window)),
				new PackChangeGroup(20, "actions", "changes.actions", actions(window)));
	}

	private List<PackChange> plans(ChangeWindow window) {
		Map<Long, PlanSummary> then = summaries(queries.localitiesPlans(window.ids(), window.since()));
		List<PackChange> changes = new ArrayList<>();
		for (PlanSummary now : summaries(queries.localitiesPlans(window.ids(), window.until())).values()) {
			PlanSummary before = then.get(now.id());
			String was = before == null ? uk.text("changes.notThen") : standing(before);
			String is = standing(now);
			if (!was.equals(is)) {
				changes.add(new PackChange(window.name(now.localityId()), now.title(), was, is, null, null, "/plans/" + now.id()));
			}
		}
		return changes;
	}

	private static Map<Long, PlanSummary> summaries(List<LocalityPlans> localities) {
		return localities.stream().flatMap(locality -> locality.plans().stream())
				.collect(Collectors.toMap(PlanSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** "62.5% complete; Red 1, Amber 2, Green 5": what the dashboards show of a plan. */
	private String standing(PlanSummary plan) {
		if (plan.completion() == null) {
			return uk.text("plan.noActions");
		}
		String counts = plan.ragCounts().entries().stream().filter(entry -> entry.count() > 0)
				.map(entry -> uk.text("rag." + entry.status().name()) + " " + entry.count()).collect(Collectors.joining(", "));
		return uk.text("changes.plan.standing", Percent.INSTANCE.tenths(plan.completion()), counts);
	}

	private List<PackChange> actions(ChangeWindow window) {
		String state = """
				select h.completion, h.recorded_by, h.recorded_at,
				       case when h.status = 'CANCELLED' then 'CANCELLED' else %s end as rag
				from action_history h where h.plan_action_id = a.id and h.recorded_at <= :%s
				order by h.recorded_at desc, h.id desc limit 1""";
		MapSqlParameterSource params = new MapSqlParameterSource("localityIds", window.ids())
				.addValue("since", Timestamp.from(window.since().cutoff())).addValue("sinceDay", window.since().day())
				.addValue("until", Timestamp.from(window.until().cutoff())).addValue("untilDay", window.until().day());
		return jdbc.query("""
				select a.id, a.specific, p.locality_id, t.rag as then_rag, t.completion as then_completion,
				       n.rag as now_rag, n.completion as now_completion,
				       case when n.recorded_at > :since then n.recorded_by end as who,
				       case when n.recorded_at > :since then n.recorded_at end as changed_at
				from plan_action a join action_plan p on p.id = a.action_plan_id
				join lateral (%s) t on true
				join lateral (%s) n on true
				where p.locality_id in (:localityIds) and t.rag <> n.rag
				order by p.locality_id, p.position, a.due_date, a.id""".formatted(
				state.formatted(rag("sinceDay"), "since"), state.formatted(rag("untilDay"), "until")),
				params, (rs, i) -> {
					Timestamp at = rs.getTimestamp("changed_at");
					return new PackChange(window.name(rs.getLong("locality_id")), rs.getString("specific"),
							ragWithCompletion(rs.getString("then_rag"), rs.getInt("then_completion")),
							ragWithCompletion(rs.getString("now_rag"), rs.getInt("now_completion")), rs.getString("who"),
							at == null ? null : at.toInstant(), "/actions/" + rs.getLong("id"));
				});
	}

	private String ragWithCompletion(String rag, int completion) {
		return uk.text("changes.action.standing", uk.text("rag." + rag), completion);
	}

	private String rag(String dayParameter) {
		return ragRule.sql("h.start_date", "h.due_date", "h.completion", "cast(:" + dayParameter + " as date)");
	}
}
