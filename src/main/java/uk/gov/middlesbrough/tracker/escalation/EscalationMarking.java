package uk.gov.middlesbrough.tracker.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * Marking an item "raised at DIG" on a day with a note: the head of service for any locality, a neighbourhood
 * manager for their own. Only an item on the list now can be marked. A mark identical to the item's latest one is
 * refused, so a double submit never records the same mark twice.
 */
@Component
public class EscalationMarking {

	private final EscalationQueries queries;
	private final EscalationMarkRepository marks;
	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	EscalationMarking(EscalationQueries queries, EscalationMarkRepository marks, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.queries = queries;
		this.marks = marks;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @throws AccessDeniedException if the user may not mark this locality's items
	 * @throws NotFound if the item is not on the locality's list now
	 * @throws AlreadyMarked if the item's latest mark has this day and note already
	 */
	@Transactional
	public Escalation mark(long localityId, String key, LocalDate raisedOn, String note, SignedInUser user) {
		checkMayMark(user, localityId);
		Escalation item = queries.openItem(localityId, key, AsOf.now(clock))
				.orElseThrow(() -> new NotFound("open escalation " + key))
				.escalation();
		// Two submits of the same form at once: the second waits here for the first to commit, then sees its mark.
		jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(:lock, 0))",
				new MapSqlParameterSource("lock", "escalation_mark|" + localityId + "|" + key));
		List<RaisedMark> history = queries.marks(localityId, key);
		if (!history.isEmpty() && history.get(0).raisedOn().equals(raisedOn) && history.get(0).note().equals(note)) {
			throw new AlreadyMarked(history.get(0));
		}
		marks.save(new EscalationMark(item, raisedOn, note, user.getUsername(), clock.instant()));
		return item;
	}

	public static void checkMayMark(SignedInUser user, long localityId) {
		if (!EscalationPermissions.mayMark(user, localityId)) {
			throw new AccessDeniedException("Not allowed to mark escalations of locality " + localityId);
		}
	}
}
