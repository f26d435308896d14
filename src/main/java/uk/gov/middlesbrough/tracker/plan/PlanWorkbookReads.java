package uk.gov.middlesbrough.tracker.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the plans workbook's export and import read: plans, and actions with their latest commentary (one statement each). */
@Component
@Transactional(readOnly = true)
class PlanWorkbookReads {

	private static final String ACTIONS = """
			select a.*, p.position,
			       (select h.commentary from action_history h where h.plan_action_id = a.id and h.kind = 'PROGRESS'
			        order by h.recorded_at desc, h.id desc limit 1) as latest_commentary
			from plan_action a join action_plan p on p.id = a.action_plan_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	PlanWorkbookReads(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every plan of every locality, by locality name and plan position. */
	List<WorkbookPlan> allPlans() {
		return plans("", new MapSqlParameterSource());
	}

	/** One locality's plans, in order. */
	List<WorkbookPlan> plansOf(long localityId) {
		return plans(" where p.locality_id = :localityId", new MapSqlParameterSource("localityId", localityId));
	}

	private List<WorkbookPlan> plans(String condition, MapSqlParameterSource params) {
		return jdbc.query("select p.id, p.locality_id, l.name, p.title, p.position from action_plan p"
				+ " join locality l on l.id = p.locality_id" + condition + " order by l.name, p.position", params,
				(rs, i) -> new WorkbookPlan(rs.getLong("id"), rs.getLong("locality_id"), rs.getString("name"), rs.getString("title"),
						rs.getInt("position")));
	}

	/** A locality's actions in the workbook's order: by plan, then as the plan page lists them (due date, then id). */
	List<WorkbookAction> localityActions(long localityId) {
		return jdbc.query(ACTIONS + " where p.locality_id = :localityId order by p.position, a.due_date, a.id",
				new MapSqlParameterSource("localityId", localityId), PlanWorkbookReads::action);
	}

	/** The actions with these ids that exist, by id. */
	Map<Long, WorkbookAction> actions(Collection<Long> ids) {
		Map<Long, WorkbookAction> found = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			jdbc.query(ACTIONS + " where a.id in (:ids)", new MapSqlParameterSource("ids", ids),
					rs -> {
						found.put(rs.getLong("id"), action(rs, 0));
					});
		}
		return found;
	}

	private static WorkbookAction action(ResultSet rs, int row) throws SQLException {
		Long indicatorId = rs.getObject("indicator_id") == null ? null : rs.getLong("indicator_id");
		SmartDetails details = new SmartDetails(rs.getString("specific"), rs.getString("measure"), rs.getString("target_value"),
				indicatorId, rs.getString("owner_post"), rs.getString("partner"), rs.getString("resources"),
				rs.getString("relevant_objective"), rs.getObject("start_date", LocalDate.class),
				rs.getObject("due_date", LocalDate.class), rs.getBigDecimal("weight"));
		return new WorkbookAction(rs.getLong("id"), rs.getLong("action_plan_id"), details,
				ActionStatus.valueOf(rs.getString("status")), rs.getInt("completion"), rs.getLong("version"),
				rs.getString("latest_commentary"), rs.getBoolean("illustrative"));
	}
}
