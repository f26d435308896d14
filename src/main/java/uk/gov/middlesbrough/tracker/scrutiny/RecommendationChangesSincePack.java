package uk.gov.middlesbrough.tracker.scrutiny;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.pack.ChangeWindow;
import uk.gov.middlesbrough.tracker.pack.PackChange;
import uk.gov.middlesbrough.tracker.pack.PackChangeGroup;
import uk.gov.middlesbrough.tracker.pack.PackChangeSource;
import uk.gov.middlesbrough.tracker.web.UkText;

/**
 * Recommendations whose status changed since a pack (every review's, as the pack's chapter shows them all), each
 * change with who made it and when, oldest first so a recommendation's moves read in order (one statement).
 */
@Component
@Transactional(readOnly = true)
class RecommendationChangesSincePack implements PackChangeSource {

	private final NamedParameterJdbcTemplate jdbc;
	private final UkText uk;

	RecommendationChangesSincePack(NamedParameterJdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.uk = new UkText(messages);
	}

	@Override
	public List<PackChangeGroup> changes(ChangeWindow window) {
		List<PackChange> changes = jdbc.query("""
				select r.id, r.reference, v.topic, h.old_status, h.status, h.recorded_by, h.recorded_at
				from scrutiny_recommendation_history h
				join scrutiny_recommendation r on r.id = h.scrutiny_recommendation_id
				join scrutiny_review v on v.id = r.scrutiny_review_id
				where h.recorded_at > :since and h.recorded_at <= :until and h.old_status is not null
				  and h.old_status <> h.status
				order by h.recorded_at, h.id""", new MapSqlParameterSource("since", Timestamp.from(window.since().cutoff()))
				.addValue("until", Timestamp.from(window.until().cutoff())), (rs, i) -> new PackChange(null,
						uk.text("changes.recommendation.subject", rs.getString("reference"), rs.getString("topic")),
						status(rs.getString("old_status")), status(rs.getString("status")), rs.getString("recorded_by"),
						rs.getTimestamp("recorded_at").toInstant(), "/scrutiny/recommendations/" + rs.getLong("id")));
		return List.of(new PackChangeGroup(50, "recommendations", "changes.recommendations", changes));
	}

	private String status(String name) {
		return uk.text(RecommendationStatus.valueOf(name).messageKey());
	}
}
