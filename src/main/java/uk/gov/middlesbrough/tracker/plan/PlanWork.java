package uk.gov.middlesbrough.tracker.plan;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.UkText;
import uk.gov.middlesbrough.tracker.work.WorkGroup;
import uk.gov.middlesbrough.tracker.work.WorkItem;
import uk.gov.middlesbrough.tracker.work.WorkRequest;
import uk.gov.middlesbrough.tracker.work.WorkSource;

/**
 * What the plans put in "your work": actions Red or Amber, actions with no update this calendar month, and plan
 * reviews due this month or overdue, in the user's localities and the plans they lead. Four statements (a count and
 * the first items of each kind of action); the reviews come from the home page's read of the plans.
 */
@Component
@Transactional(readOnly = true)
class PlanWork implements WorkSource {

	/** The plans in the user's scope: their localities' and those they lead. */
	private static final String SCOPE = "(p.locality_id in (:localityIds) or p.lead_user_id = :leadUserId)";

	private final NamedParameterJdbcTemplate jdbc;
	private final RagRule ragRule;
	private final PlanReads reads;
	private final UkText uk;

	PlanWork(NamedParameterJdbcTemplate jdbc, RagThresholds thresholds, PlanReads reads, MessageSource messages) {
		this.jdbc = jdbc;
		this.ragRule = new RagRule(thresholds);
		this.reads = reads;
		this.uk = new UkText(messages);
	}

	@Override
	public List<WorkGroup> work(WorkRequest request) {
		boolean leads = request.user().hasRole(Role.PLAN_LEAD);
		if (request.localities().isEmpty() && !leads) {
			return List.of();
		}
		LocalDate today = request.now().day();
		MapSqlParameterSource params = new MapSqlParameterSource()
				.addValue("localityIds", request.localities().isEmpty() ? List.of(-1L) : request.localityIds())
				.addValue("leadUserId", leads ? request.user().id() : -1L)
				.addValue("day", today)
				.addValue("monthStart", Timestamp.from(today.withDayOfMonth(1).atStartOfDay(AsOf.UK).toInstant()))
				.addValue("n", request.itemsShown());
		return List.of(redOrAmber(request, params), noUpdateThisMonth(request, params), reviews(request, today));
	}

	private WorkGroup redOrAmber(WorkRequest request, MapSqlParameterSource params) {
		String actions = """
				select x.* from (select a.id, a.action_plan_id, a.specific, a.completion, a.start_date, a.due_date, p.locality_id,
				                        %s as rag
				                 from plan_action a join action_plan p on p.id = a.action_plan_id
				                 where a.status = 'ACTIVE' and %s offset 0) x
				where x.rag in ('RED', 'AMBER')""".formatted(
				ragRule.sql("a.start_date", "a.due_date", "a.completion", "cast(:day as date)"), SCOPE);
		List<WorkItem> items = request.itemsShown() == 0 ? List.of()
				: jdbc.query(actions + " order by x.rag desc, x.due_date, x.id limit :n", params, (rs, i) -> {
			RagStatus rag = RagStatus.valueOf(rs.getString("rag"));
			LocalDate start = rs.getObject("start_date", LocalDate.class);
			LocalDate due = rs.getObject("due_date", LocalDate.class);
			long expected = Math.round(RagRule.expectedCompletion(start, due, request.now().day()));
			return item(request, rs.getLong("locality_id"), rs.getString("specific"),
					uk.text("work.action.rag", uk.text("rag." + rag.name()), rs.getInt("completion"), expected, UkText.day(due)),
					progressLink(rs.getLong("action_plan_id"), rs.getLong("id")));
		});
		return new WorkGroup("red-amber-actions", 10, "work.redAmber", redOrAmberCounts(request, actions, params), items,
				"/localities/{locality}/actions?show=red-amber");
	}

	/** The actions ActionRow.noUpdateInMonthOf names, asked of plan_action (its last update kept by V020's trigger). */
	private WorkGroup noUpdateThisMonth(WorkRequest request, MapSqlParameterSource params) {
		String actions = """
				select a.id, a.action_plan_id, a.specific, a.completion, a.last_updated_at, p.locality_id
				from plan_action a join action_plan p on p.id = a.action_plan_id
				where a.status = 'ACTIVE' and a.completion < 100 and a.start_date <= :day and a.last_updated_at < :monthStart
				  and """ + SCOPE;
		List<WorkItem> items = request.itemsShown() == 0 ? List.of()
				: jdbc.query(actions + " order by a.last_updated_at, a.id limit :n", params, (rs, i) -> {
			LocalDate last = LocalDate.ofInstant(rs.getObject("last_updated_at", OffsetDateTime.class).toInstant(), AsOf.UK);
			return item(request, rs.getLong("locality_id"), rs.getString("specific"),
					uk.text("work.action.noUpdate", UkText.day(last), rs.getInt("completion")),
					progressLink(rs.getLong("action_plan_id"), rs.getLong("id")));
		});
		return new WorkGroup("no-update-this-month", 20, "work.noUpdate", counts("select * from (" + actions + ") x", params), items,
				"/localities/{locality}/actions?show=no-update");
	}

	/** Plans overdue a review, then those reviewed last month and due again this month, from the page's read. */
	private WorkGroup reviews(WorkRequest request, LocalDate today) {
		LocalDate monthStart = today.withDayOfMonth(1);
		List<Long> localityIds = request.localityIds();
		long userId = request.user().id();
		boolean leads = request.user().hasRole(Role.PLAN_LEAD);
		List<PlanSummary> overdue = new ArrayList<>();
		List<PlanSummary> dueThisMonth = new ArrayList<>();
		reads.localityPlans(request.reading()).values().forEach(locality -> locality.plans().stream()
				.filter(plan -> localityIds.contains(plan.localityId()) || leads && plan.leadUserId() != null && plan.leadUserId() == userId)
				.forEach(plan -> {
					if (plan.reviewStatus() == ReviewStatus.OVERDUE) {
						overdue.add(plan);
					}
					else if (plan.reviewStatus() == ReviewStatus.REVIEWED && plan.lastReviewed().isBefore(monthStart)) {
						dueThisMonth.add(plan);
					}
				}));
		Map<Long, Integer> counts = new LinkedHashMap<>();
		List<WorkItem> items = new ArrayList<>();
		for (PlanSummary plan : concat(overdue, dueThisMonth)) {
			counts.merge(plan.localityId(), 1, Integer::sum);
			if (items.size() < request.itemsShown()) {
				String why = plan.reviewStatus() == ReviewStatus.OVERDUE
						? plan.lastReviewed() == null ? uk.text("work.review.neverReviewed")
								: uk.text("work.review.overdue", UkText.day(plan.lastReviewed()))
						: uk.text("work.review.dueThisMonth", UkText.day(plan.lastReviewed()));
				items.add(item(request, plan.localityId(), plan.title(), why, "/plans/" + plan.id() + "/reviews/new"));
			}
		}
		return new WorkGroup("plan-reviews", 30, "work.reviews", counts, items, "/localities/{locality}/plans");
	}

	/**
	 * How many actions are Red or Amber in each locality: for whole localities, from the plans' RAG counts the home page
	 * has already summed by the same rule (no statement); with a plan lead's plans, counted in the database.
	 */
	private Map<Long, Integer> redOrAmberCounts(WorkRequest request, String actions, MapSqlParameterSource params) {
		if (request.user().hasRole(Role.PLAN_LEAD)) {
			return counts(actions, params);
		}
		Map<Long, LocalityPlans> plans = reads.localityPlans(request.reading());
		Map<Long, Integer> counts = new LinkedHashMap<>();
		for (long localityId : request.localityIds()) {
			LocalityPlans locality = plans.get(localityId);
			int count = locality == null ? 0 : locality.ragCounts().red() + locality.ragCounts().amber();
			if (count > 0) {
				counts.put(localityId, count);
			}
		}
		return counts;
	}

	private Map<Long, Integer> counts(String rows, MapSqlParameterSource params) {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		jdbc.query("select y.locality_id, count(*) as n from (" + rows + ") y group by y.locality_id", params, rs -> {
			counts.put(rs.getLong("locality_id"), rs.getInt("n"));
		});
		return counts;
	}

	private WorkItem item(WorkRequest request, long localityId, String subject, String why, String link) {
		return new WorkItem(subject, why, link, localityId, request.name(localityId));
	}

	private static String progressLink(long planId, long actionId) {
		return "/plans/" + planId + "/progress#action-row-" + actionId;
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		List<T> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}
}
