package uk.gov.middlesbrough.tracker.scrutiny;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.scrutiny.DeliveringActions.DeliveringAction;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The actions that deliver each recommendation: linking and unlinking them, reading them with their state now or at
 * a past moment, and which of a review's recommendations are ready to report back (two statements for a whole review).
 */
@Component
public class RecommendationActions {

	private final NamedParameterJdbcTemplate jdbc;
	private final ObjectProvider<DeliveringActions> actions;
	private final Clock clock;

	RecommendationActions(NamedParameterJdbcTemplate jdbc, ObjectProvider<DeliveringActions> actions, Clock clock) {
		this.jdbc = jdbc;
		this.actions = actions;
		this.clock = clock;
	}

	/** Links an action; false if there is no such action. Linking one already linked changes nothing. */
	@Transactional
	public boolean link(long recommendationId, long actionId, SignedInUser user) {
		if (read(List.of(actionId), AsOf.now(clock)).isEmpty()) {
			return false;
		}
		jdbc.update("""
				insert into scrutiny_recommendation_action (scrutiny_recommendation_id, plan_action_id, linked_by, linked_at)
				values (:recommendation, :action, :by, :at) on conflict do nothing""",
				new MapSqlParameterSource("recommendation", recommendationId).addValue("action", actionId)
					.addValue("by", user.getUsername()).addValue("at", Timestamp.from(clock.instant())));
		return true;
	}

	@Transactional
	public void unlink(long recommendationId, long actionId) {
		jdbc.update("delete from scrutiny_recommendation_action where scrutiny_recommendation_id = :recommendation "
				+ "and plan_action_id = :action",
				new MapSqlParameterSource("recommendation", recommendationId).addValue("action", actionId));
	}

	/**
	 * The actions delivering one recommendation as they stood at the moment, in the order they were linked (two
	 * statements). Every action linked now is there, those linked after the moment marked so; links removed since are
	 * gone (unlinking keeps no history).
	 */
	public List<LinkedAction> of(long recommendationId, AsOf asOf) {
		Map<Long, Instant> linkedAt = new LinkedHashMap<>();
		jdbc.query("select plan_action_id, linked_at from scrutiny_recommendation_action "
				+ "where scrutiny_recommendation_id = :recommendation order by linked_at, plan_action_id",
				new MapSqlParameterSource("recommendation", recommendationId),
				rs -> {
					linkedAt.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
				});
		return read(List.copyOf(linkedAt.keySet()), asOf).stream().map(action -> {
			Instant at = linkedAt.get(action.id());
			return new LinkedAction(action, LocalDate.ofInstant(at, AsOf.UK), at.isAfter(asOf.cutoff()));
		}).toList();
	}

	/** Each of these recommendations' delivering actions (recommendations with none are left out). */
	public Map<Long, List<DeliveringAction>> of(Set<Long> recommendationIds) {
		Map<Long, List<Long>> links = new HashMap<>();
		if (recommendationIds.isEmpty()) {
			return Map.of();
		}
		jdbc.query("select scrutiny_recommendation_id, plan_action_id from scrutiny_recommendation_action "
				+ "where scrutiny_recommendation_id in (:ids) order by linked_at, plan_action_id",
				new MapSqlParameterSource("ids", recommendationIds), rs -> {
					links.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
				});
		Map<Long, DeliveringAction> read = read(links.values().stream().flatMap(List::stream).distinct().toList(),
				AsOf.now(clock)).stream()
			.collect(Collectors.toMap(DeliveringAction::id, action -> action));
		Map<Long, List<DeliveringAction>> delivering = new HashMap<>();
		links.forEach((recommendation, ids) -> delivering.put(recommendation,
				ids.stream().map(read::get).filter(java.util.Objects::nonNull).toList()));
		return delivering;
	}

	private List<DeliveringAction> read(List<Long> ids, AsOf asOf) {
		DeliveringActions source = actions.getIfAvailable();
		return ids.isEmpty() || source == null ? List.of() : source.read(ids, asOf);
	}
}
