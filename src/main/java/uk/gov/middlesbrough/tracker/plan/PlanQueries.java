package uk.gov.middlesbrough.tracker.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.locality.LocalityQueries;
import uk.gov.middlesbrough.tracker.locality.LocalityView;
import uk.gov.middlesbrough.tracker.security.UserDirectory;
import uk.gov.middlesbrough.tracker.security.UserDirectory.PersonSummary;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The read side of plans, always "as of" a moment: each action's state is its latest history entry
 * recorded by then, so today's view and a past view come from the same query. Each page costs a fixed
 * number of statements, however many plans and actions there are.
 */
@Component
@Transactional(readOnly = true)
public class PlanQueries {

	private static final String PLAN_COLUMNS = "p.id, p.locality_id, p.title, p.position, p.objectives, p.lead_post, "
			+ "p.lead_organisation, p.lead_user_id, p.created_at, p.version";

	/** Each action's latest state recorded by :cutoff (index ix_action_history_action_time serves the lateral). */
	private static final String ACTIONS_AS_OF = """
			select a.id, a.action_plan_id, a.specific, a.owner_post, a.target_value, a.illustrative,
			       h.completion, h.weight, h.status, h.start_date, h.due_date%s
			from plan_action a
			join action_plan p on p.id = a.action_plan_id
			join lateral (select * from action_history h
			              where h.plan_action_id = a.id and h.recorded_at <= :cutoff
			              order by h.recorded_at desc, h.id desc limit 1) h on true
			""";

	/** Each action's state now (plan_action keeps it with every change), as ACTIONS_AS_OF gives it when nothing is later. */
	private static final String ACTIONS_NOW = """
			select a.id, a.action_plan_id, a.specific, a.owner_post, a.target_value, a.illustrative,
			       a.completion, a.weight, a.status, a.start_date, a.due_date%s
			from plan_action a
			join action_plan p on p.id = a.action_plan_id
			""";

	private final NamedParameterJdbcTemplate jdbc;
	private final RagRule ragRule;
	private final LocalityQueries localities;
	private final UserDirectory users;

	PlanQueries(NamedParameterJdbcTemplate jdbc, RagThresholds thresholds, LocalityQueries localities, UserDirectory users) {
		this.jdbc = jdbc;
		this.ragRule = new RagRule(thresholds);
		this.localities = localities;
		this.users = users;
	}

	/** When each action was last updated (its latest progress update, or its adding), as of :cutoff. */
	private static final String LAST_UPDATE_AS_OF = """
			, (select max(u.recorded_at) from action_history u where u.plan_action_id = a.id
			   and u.kind in ('CREATED', 'PROGRESS') and u.recorded_at <= :cutoff) as last_updated_at""";

	/** The actions as of the moment: their current state when nothing has been recorded since (one statement to tell). */
	private String actionsAsOf(AsOf asOf) {
		return (asOf.isCurrentFor(jdbc, "action_history") ? ACTIONS_NOW : ACTIONS_AS_OF).formatted("");
	}

	/** The same with when each action was last updated by the moment, for the pages that show it. */
	private String actionsWithLastUpdateAsOf(AsOf asOf) {
		return asOf.isCurrentFor(jdbc, "action_history") ? ACTIONS_NOW.formatted(", a.last_updated_at")
				: ACTIONS_AS_OF.formatted(LAST_UPDATE_AS_OF);
	}

	/** A locality's plans in template order, as of a moment (five statements). */
	public Optional<LocalityPlans> localityPlans(long localityId, AsOf asOf) {
		return localitiesPlans(List.of(localityId), asOf).stream().findFirst();
	}

	/**
	 * Several localities' plans, in the order of {@code localityIds}, as of a moment: the same statements however many
	 * localities, plans and actions there are. Each plan's completion and RAG counts are summed in the database (one
	 * row a plan), not from its actions. Unknown ids are left out.
	 */
	public List<LocalityPlans> localitiesPlans(List<Long> localityIds, AsOf asOf) {
		return read(localityIds, asOf).plans();
	}

	/** A reading of some localities' plans as of a moment, from which the plans and their Red actions are each read once. */
	LocalitiesRead read(List<Long> localityIds, AsOf asOf) {
		return new LocalitiesRead(localities.findAll(localityIds), asOf);
	}

	/**
	 * Some localities' plans and, only when asked for, their Red actions, as of one moment; both share one look at whether
	 * the moment is current (which of the two action sources to read). One per page, not shared between requests.
	 */
	final class LocalitiesRead {

		private final List<LocalityView> found;
		private final AsOf asOf;
		private final MapSqlParameterSource params;
		private String actions;
		private List<LocalityPlans> plans;
		private List<ActionRow> redActions;

		private LocalitiesRead(List<LocalityView> found, AsOf asOf) {
			this.found = found;
			this.asOf = asOf;
			this.params = params(asOf).addValue("localityIds", found.stream().map(LocalityView::id).toList())
					.addValue("day", asOf.day());
		}

		List<LocalityPlans> plans() {
			if (plans == null) {
				plans = found.isEmpty() ? List.of() : readPlans();
			}
			return plans;
		}

		/** The localities' actions that were Red, in plan position, due-date and id order. */
		List<ActionRow> redActions() {
			if (redActions == null) {
				redActions = found.isEmpty() ? List.of() : jdbc.query("select x.* from (" + actions() + ") x"
						+ " join action_plan p on p.id = x.action_plan_id where x.status <> 'CANCELLED' and "
						+ ragRule.sql("x.start_date", "x.due_date", "x.completion", "cast(:day as date)")
						+ " = 'RED' order by p.position, x.due_date, x.id", params, (rs, i) -> actionRow(rs, asOf.day()));
			}
			return redActions;
		}

		private List<LocalityPlans> readPlans() {
			List<PlanRecord> records = jdbc.query("select " + PLAN_COLUMNS + " from action_plan p"
					+ " where p.locality_id in (:localityIds) and p.created_at <= :cutoff order by p.locality_id, p.position",
					params, PlanQueries::plan);
			Map<Long, Rollup> rollups = rollups(actions(), params);
			Map<Long, LastReview> lastReviews = lastReviews("p.locality_id in (:localityIds)", params);
			Map<Long, PersonSummary> leads = users.byId(
					records.stream().map(PlanRecord::leadUserId).filter(Objects::nonNull).distinct().toList());
			Map<Long, List<PlanSummary>> byLocality = records.stream()
					.map(plan -> summary(plan, rollups.getOrDefault(plan.id(), Rollup.NONE), lastReviews.get(plan.id()), leads,
							asOf))
					.collect(Collectors.groupingBy(PlanSummary::localityId));
			return found.stream()
					.map(locality -> localityPlans(locality, byLocality.getOrDefault(locality.id(), List.of()), asOf)).toList();
		}

		private String actions() {
			if (actions == null) {
				actions = actionsAsOf(asOf) + " where p.locality_id in (:localityIds)";
			}
			return actions;
		}
	}

	/**
	 * Each plan's sums and RAG counts over its active actions among {@code actions}, by plan id (one statement). The
	 * {@code offset 0} keeps the database from copying the RAG expression into each of the five counts.
	 */
	private Map<Long, Rollup> rollups(String actions, MapSqlParameterSource params) {
		Map<Long, Rollup> byPlan = new HashMap<>();
		jdbc.query("""
				select x.action_plan_id, count(*) as active, sum(x.weight * x.completion) as weighted,
				       sum(x.weight) as total_weight, sum(x.completion) as plain_sum,
				       count(*) filter (where x.rag = 'NOT_STARTED') as not_started, count(*) filter (where x.rag = 'GREEN') as green,
				       count(*) filter (where x.rag = 'AMBER') as amber, count(*) filter (where x.rag = 'RED') as red,
				       count(*) filter (where x.rag = 'COMPLETE') as complete, bool_or(x.illustrative) as illustrative
				from (select x.*, %s as rag from (%s) x where x.status <> 'CANCELLED' offset 0) x
				group by x.action_plan_id""".formatted(ragRule.sql("x.start_date", "x.due_date", "x.completion", "cast(:day as date)"),
				actions), params, rs -> {
					byPlan.put(rs.getLong("action_plan_id"), new Rollup(
							new Completion.Sums(rs.getBigDecimal("weighted"), rs.getBigDecimal("total_weight"), rs.getLong("plain_sum"),
									rs.getInt("active")),
							new RagCounts(rs.getInt("not_started"), rs.getInt("green"), rs.getInt("amber"), rs.getInt("red"),
									rs.getInt("complete")), rs.getBoolean("illustrative")));
				});
		return byPlan;
	}

	/** A plan's active actions as the roll-up and the RAG counts see them, and whether any was invented by the demo. */
	record Rollup(Completion.Sums sums, RagCounts counts, boolean illustrative) {

		static final Rollup NONE = new Rollup(new Completion.Sums(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0), RagCounts.NONE,
				false);

		static Rollup of(List<ActionRow> actions) {
			List<ActionRow> active = actions.stream().filter(action -> !action.cancelled()).toList();
			return new Rollup(Completion.Sums.of(actions.stream().map(ActionRow::part).toList()),
					RagCounts.of(active.stream().map(ActionRow::rag).toList()), active.stream().anyMatch(ActionRow::illustrative));
		}
	}

	/** A plan's latest review day, and whether any of its reviews was invented by the demo. */
	private record LastReview(LocalDate on, boolean illustrative) {
	}

	private static LocalityPlans localityPlans(LocalityView locality, List<PlanSummary> summaries, AsOf asOf) {
		OptionalDouble completion = Completion.ofLocality(summaries.stream()
				.map(plan -> plan.completion() == null ? OptionalDouble.empty() : OptionalDouble.of(plan.completion()))
				.toList());
		RagCounts total = summaries.stream().map(PlanSummary::ragCounts).reduce(RagCounts.NONE, RagCounts::plus);
		return new LocalityPlans(locality.id(), locality.name(), boxed(completion), total, summaries, asOf);
	}

	/** The plans a plan lead leads, with their localities' names, as of a moment (fixed statements). */
	public List<PlanSummary> plansLedBy(long userId, AsOf asOf) {
		List<Long> localityIds = jdbc.queryForList("select distinct locality_id from action_plan where lead_user_id = :userId",
				new MapSqlParameterSource("userId", userId), Long.class);
		return localitiesPlans(localityIds, asOf).stream().flatMap(locality -> locality.plans().stream())
				.filter(plan -> plan.leadUserId() != null && plan.leadUserId() == userId)
				.toList();
	}

	/** One plan with its actions and reviews, as of a moment (five statements). */
	public Optional<PlanPage> plan(long planId, AsOf asOf) {
		MapSqlParameterSource params = params(asOf).addValue("planId", planId);
		List<PlanRecord> found = jdbc.query("select " + PLAN_COLUMNS + " from action_plan p where p.id = :planId", params,
				PlanQueries::plan);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		PlanRecord plan = found.get(0);
		List<ActionRow> actions = jdbc.query(actionsWithLastUpdateAsOf(asOf) + " where a.action_plan_id = :planId order by due_date, a.id",
				params, (rs, i) -> actionRowWithLastUpdate(rs, asOf.day()));
		List<ReviewRow> reviews = jdbc.query("""
				select reviewed_on, notes, recorded_by, recorded_at, illustrative from plan_review
				where action_plan_id = :planId and recorded_at <= :cutoff order by reviewed_on desc, id desc""", params,
				(rs, i) -> new ReviewRow(rs.getObject("reviewed_on", LocalDate.class), rs.getString("notes"),
						rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(), rs.getBoolean("illustrative")));
		Map<Long, PersonSummary> leads = plan.leadUserId() == null ? Map.of() : users.byId(List.of(plan.leadUserId()));
		LastReview lastReviewed = reviews.isEmpty() ? null
				: new LastReview(reviews.get(0).reviewedOn(), reviews.stream().anyMatch(ReviewRow::illustrative));
		String localityName = localities.find(plan.localityId()).map(LocalityView::name).orElse("");
		return Optional.of(new PlanPage(summary(plan, Rollup.of(actions), lastReviewed, leads, asOf), plan.objectives(), localityName,
				plan.leadUserId(), plan.version(), actions, reviews));
	}

	/** One action with its current state and its whole history (four statements). */
	public Optional<ActionDetail> action(long actionId, AsOf asOf) {
		MapSqlParameterSource params = params(asOf).addValue("actionId", actionId);
		List<Map<String, Object>> rows = jdbc.queryForList("""
				select a.*, p.title as plan_title, p.locality_id, p.lead_user_id
				from plan_action a join action_plan p on p.id = a.action_plan_id where a.id = :actionId""", params);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> a = rows.get(0);
		List<HistoryRow> history = jdbc.query("""
				select kind, recorded_at, recorded_by, old_completion, completion, commentary from action_history
				where plan_action_id = :actionId and recorded_at <= :cutoff order by recorded_at desc, id desc""", params,
				(rs, i) -> new HistoryRow(HistoryKind.valueOf(rs.getString("kind")), rs.getTimestamp("recorded_at").toInstant(),
						rs.getString("recorded_by"), (Integer) rs.getObject("old_completion"), rs.getInt("completion"),
						rs.getString("commentary")));
		long localityId = ((Number) a.get("locality_id")).longValue();
		LocalDate start = ((java.sql.Date) a.get("start_date")).toLocalDate();
		LocalDate due = ((java.sql.Date) a.get("due_date")).toLocalDate();
		int completion = ((Number) a.get("completion")).intValue();
		ActionStatus status = ActionStatus.valueOf((String) a.get("status"));
		RagStatus rag = status == ActionStatus.CANCELLED ? null : ragRule.assess(start, due, completion, asOf.day());
		return Optional.of(new ActionDetail(actionId, ((Number) a.get("action_plan_id")).longValue(),
				(String) a.get("plan_title"), localityId, localities.find(localityId).map(LocalityView::name).orElse(""),
				a.get("lead_user_id") == null ? null : ((Number) a.get("lead_user_id")).longValue(), (String) a.get("specific"),
				(String) a.get("measure"), (String) a.get("target_value"),
				a.get("indicator_id") == null ? null : ((Number) a.get("indicator_id")).longValue(), (String) a.get("owner_post"),
				(String) a.get("partner"), (String) a.get("resources"), (String) a.get("relevant_objective"), start, due,
				(BigDecimal) a.get("weight"), status, completion, rag, RagRule.expectedCompletion(start, due, asOf.day()),
				((Number) a.get("version")).longValue(), history, (Boolean) a.get("illustrative")));
	}

	/** A locality's actions with their plans' titles and last updates, as of a moment (three statements). */
	public Optional<LocalityActions> localityActions(long localityId, AsOf asOf) {
		Optional<LocalityView> locality = localities.find(localityId);
		if (locality.isEmpty()) {
			return Optional.empty();
		}
		MapSqlParameterSource params = params(asOf).addValue("localityId", localityId);
		Map<Long, String> titles = new LinkedHashMap<>();
		jdbc.query("select id, title from action_plan where locality_id = :localityId and created_at <= :cutoff order by position",
				params, rs -> {
					titles.put(rs.getLong("id"), rs.getString("title"));
				});
		List<ActionRow> actions = jdbc.query(actionsWithLastUpdateAsOf(asOf) + " where p.locality_id = :localityId"
				+ " order by p.position, due_date, a.id", params, (rs, i) -> actionRowWithLastUpdate(rs, asOf.day()));
		return Optional.of(new LocalityActions(localityId, locality.get().name(), titles, actions, asOf.day()));
	}

	/** The version each of a plan's actions is at now, by action id (one statement): what a form of them is read at. */
	public Map<Long, Long> actionVersions(long planId) {
		Map<Long, Long> versions = new HashMap<>();
		jdbc.query("select id, version from plan_action where action_plan_id = :planId", new MapSqlParameterSource("planId", planId),
				rs -> {
					versions.put(rs.getLong("id"), rs.getLong("version"));
				});
		return versions;
	}

	/** The locality and lead of a plan, for permission checks. */
	Optional<PlanRecord> planRecord(long planId) {
		return jdbc.query("select " + PLAN_COLUMNS + " from action_plan p where p.id = :planId",
				new MapSqlParameterSource("planId", planId), PlanQueries::plan).stream().findFirst();
	}

	private Map<Long, LastReview> lastReviews(String planCondition, MapSqlParameterSource params) {
		Map<Long, LastReview> last = new HashMap<>();
		jdbc.query("select r.action_plan_id, max(r.reviewed_on) as last_reviewed, bool_or(r.illustrative) as illustrative"
				+ " from plan_review r"
				+ " join action_plan p on p.id = r.action_plan_id where " + planCondition + " and r.recorded_at <= :cutoff"
				+ " group by r.action_plan_id", params,
				rs -> {
					last.put(rs.getLong("action_plan_id"),
							new LastReview(rs.getObject("last_reviewed", LocalDate.class), rs.getBoolean("illustrative")));
				});
		return last;
	}

	private PlanSummary summary(PlanRecord plan, Rollup rollup, LastReview review, Map<Long, PersonSummary> leads,
			AsOf asOf) {
		LocalDate lastReviewed = review == null ? null : review.on();
		OptionalDouble completion = Completion.ofPlan(rollup.sums());
		PersonSummary lead = plan.leadUserId() == null ? null : leads.get(plan.leadUserId());
		LocalDate created = LocalDate.ofInstant(plan.createdAt().toInstant(), AsOf.UK);
		return new PlanSummary(plan.id(), plan.localityId(), plan.title(), plan.position(), plan.leadPost(),
				plan.leadOrganisation(), plan.leadUserId(), lead == null ? null : lead.displayName(), boxed(completion),
				rollup.counts(), ReviewStatus.of(lastReviewed, created, asOf.day()), lastReviewed, rollup.sums().active(),
				rollup.illustrative() || review != null && review.illustrative());
	}

	private ActionRow actionRow(ResultSet rs, LocalDate day) throws SQLException {
		return actionRow(rs, day, null);
	}

	/** An action row read with {@link #actionsWithLastUpdateAsOf}. */
	private ActionRow actionRowWithLastUpdate(ResultSet rs, LocalDate day) throws SQLException {
		OffsetDateTime lastUpdated = rs.getObject("last_updated_at", OffsetDateTime.class);
		return actionRow(rs, day, lastUpdated == null ? null : lastUpdated.toInstant());
	}

	private ActionRow actionRow(ResultSet rs, LocalDate day, Instant lastUpdated) throws SQLException {
		ActionStatus status = ActionStatus.valueOf(rs.getString("status"));
		LocalDate start = rs.getObject("start_date", LocalDate.class);
		LocalDate due = rs.getObject("due_date", LocalDate.class);
		int completion = rs.getInt("completion");
		RagStatus rag = status == ActionStatus.CANCELLED ? null : ragRule.assess(start, due, completion, day);
		return new ActionRow(rs.getLong("id"), rs.getLong("action_plan_id"), rs.getString("specific"),
				rs.getString("owner_post"), rs.getString("target_value"), start, due, completion, rs.getBigDecimal("weight"),
				status, rag, RagRule.expectedCompletion(start, due, day), lastUpdated, rs.getBoolean("illustrative"));
	}

	private static PlanRecord plan(ResultSet rs, int row) throws SQLException {
		return new PlanRecord(rs.getLong("id"), rs.getLong("locality_id"), rs.getString("title"), rs.getInt("position"),
				rs.getString("objectives"), rs.getString("lead_post"), rs.getString("lead_organisation"),
				(Long) rs.getObject("lead_user_id"), rs.getObject("created_at", OffsetDateTime.class), rs.getLong("version"));
	}

	private static MapSqlParameterSource params(AsOf asOf) {
		return new MapSqlParameterSource("cutoff", Timestamp.from(asOf.cutoff()));
	}

	private static Double boxed(OptionalDouble value) {
		return value.isPresent() ? value.getAsDouble() : null;
	}

	/** A plan row as read from the database. */
	record PlanRecord(long id, long localityId, String title, int position, String objectives, String leadPost,
			String leadOrganisation, Long leadUserId, OffsetDateTime createdAt, long version) {
	}
}
