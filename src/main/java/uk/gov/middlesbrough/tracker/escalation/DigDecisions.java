package uk.gov.middlesbrough.tracker.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The Design and Implementation Group's decisions about the items raised to it, kept as history: recording one
 * (with the follow-up action it asks for, created in the same transaction, so neither is saved without the other),
 * an item's decisions, and each item's latest decision as of a moment for the lists (one statement).
 */
@Component
public class DigDecisions {

	private static final String COLUMNS = "decided_on, decision, action_by, review_on, follow_up_action_id, recorded_by, recorded_at";

	private final NamedParameterJdbcTemplate jdbc;
	private final EscalationQueries queries;
	private final ObjectProvider<FollowUpActions> followUps;
	private final Clock clock;

	DigDecisions(NamedParameterJdbcTemplate jdbc, EscalationQueries queries, ObjectProvider<FollowUpActions> followUps,
			Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.followUps = followUps;
		this.clock = clock;
	}

	/** What a decision says, with the follow-up action to create (null for none). */
	public record DecisionInput(LocalDate decidedOn, String decision, String actionBy, LocalDate reviewOn,
			FollowUp followUp) {
	}

	/** A new SMART action in one of the locality's plans. */
	public record FollowUp(long planId, String specific, LocalDate dueDate) {
	}

	/**
	 * Records a decision about an item raised at DIG. Returns the follow-up action's id, if one was created.
	 *
	 * @throws org.springframework.security.access.AccessDeniedException if the user may not record decisions here
	 * @throws NotRaised if the item has never been raised at DIG
	 * @throws AlreadyDecided if the item's latest decision is this one already (a form sent twice)
	 */
	@Transactional
	public Optional<Long> record(long localityId, String key, DecisionInput input, SignedInUser user) {
		EscalationMarking.checkMayMark(user, localityId);
		jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(:lock, 0))",
				new MapSqlParameterSource("lock", "dig_decision|" + localityId + "|" + key));
		if (queries.marks(localityId, key).isEmpty()) {
			throw new NotRaised();
		}
		List<DigDecision> history = history(localityId, key);
		if (!history.isEmpty() && history.get(0).decidedOn().equals(input.decidedOn())
				&& history.get(0).decision().equals(input.decision())) {
			throw new AlreadyDecided();
		}
		Long actionId = input.followUp() == null ? null : followUps.getObject().add(input.followUp().planId(),
				input.followUp().specific(), "Completed as the Design and Implementation Group decided on "
						+ input.decidedOn(), input.actionBy(), input.decidedOn(), input.followUp().dueDate(), user);
		jdbc.update("""
				insert into dig_decision (escalation_key, locality_id, decided_on, decision, action_by, review_on,
				    follow_up_action_id, recorded_by, recorded_at)
				values (:key, :localityId, :decidedOn, :decision, :actionBy, :reviewOn, :actionId, :recordedBy, :recordedAt)""",
				new MapSqlParameterSource("key", key).addValue("localityId", localityId)
					.addValue("decidedOn", input.decidedOn()).addValue("decision", input.decision())
					.addValue("actionBy", input.actionBy()).addValue("reviewOn", input.reviewOn())
					.addValue("actionId", actionId).addValue("recordedBy", user.getUsername())
					.addValue("recordedAt", Timestamp.from(clock.instant())));
		return Optional.ofNullable(actionId);
	}

	/** Every decision about one item, latest first (one statement). */
	public List<DigDecision> history(long localityId, String key) {
		return jdbc.query("select " + COLUMNS + " from dig_decision where locality_id = :localityId and escalation_key = :key "
				+ "order by recorded_at desc, id desc",
				new MapSqlParameterSource("localityId", localityId).addValue("key", key), (rs, i) -> decision(rs));
	}

	/** Each item's latest decision recorded by the moment, keyed by {@link #itemKey} (one statement). */
	public Map<String, DigDecision> latest(List<Long> localityIds, AsOf asOf) {
		Map<String, DigDecision> latest = new HashMap<>();
		if (localityIds.isEmpty()) {
			return latest;
		}
		jdbc.query("select distinct on (locality_id, escalation_key) locality_id, escalation_key, " + COLUMNS
				+ " from dig_decision where locality_id in (:localityIds) and recorded_at <= :cutoff"
				+ " order by locality_id, escalation_key, recorded_at desc, id desc",
				new MapSqlParameterSource("localityIds", localityIds).addValue("cutoff", Timestamp.from(asOf.cutoff())),
				rs -> {
					latest.put(itemKey(rs.getLong("locality_id"), rs.getString("escalation_key")), decision(rs));
				});
		return latest;
	}

	/**
	 * How many times each item has been raised at DIG by the moment (keyed by {@link #itemKey}; one statement): more
	 * than once means it came back to the group, a re-escalation.
	 */
	public Map<String, Integer> timesRaised(List<Long> localityIds, AsOf asOf) {
		Map<String, Integer> times = new HashMap<>();
		if (localityIds.isEmpty()) {
			return times;
		}
		jdbc.query("select locality_id, escalation_key, count(*) as times from escalation_mark "
				+ "where locality_id in (:localityIds) and recorded_at <= :cutoff group by locality_id, escalation_key",
				new MapSqlParameterSource("localityIds", localityIds).addValue("cutoff", Timestamp.from(asOf.cutoff())),
				rs -> {
					times.put(itemKey(rs.getLong("locality_id"), rs.getString("escalation_key")), rs.getInt("times"));
				});
		return times;
	}

	/**
	 * The plans a follow-up action could go in, read through the reading (none when no feature offers follow-up
	 * actions).
	 */
	public List<FollowUpActions.PlanChoice> plansOf(LocalityReading reading, long localityId) {
		FollowUpActions actions = followUps.getIfAvailable();
		return actions == null ? List.of() : actions.plansOf(reading, localityId);
	}

	public static String itemKey(long localityId, String key) {
		return localityId + "|" + key;
	}

	private DigDecision decision(ResultSet rs) throws SQLException {
		long actionId = rs.getLong("follow_up_action_id");
		Long followUp = rs.wasNull() ? null : actionId;
		return new DigDecision(rs.getObject("decided_on", LocalDate.class), rs.getString("decision"),
				rs.getString("action_by"), rs.getObject("review_on", LocalDate.class), followUp,
				followUp == null ? null : followUps.getObject().actionPath(followUp), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}

	/** The item was never raised at DIG, so there is nothing for the group to have decided. */
	public static class NotRaised extends RuntimeException {
		private static final long serialVersionUID = 1L;

		NotRaised() {
			super("Not raised at DIG");
		}
	}

	/** The same decision is already the item's latest. */
	public static class AlreadyDecided extends RuntimeException {
		private static final long serialVersionUID = 1L;

		AlreadyDecided() {
			super("Already decided");
		}
	}
}
