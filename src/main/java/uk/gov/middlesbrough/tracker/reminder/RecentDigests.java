package uk.gov.middlesbrough.tracker.reminder;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The digests last sent to a user, for their reminders page. */
@Component
@Transactional(readOnly = true)
public class RecentDigests {

	/** One digest: when, to which address, how many items. */
	public record Digest(Instant sentAt, String email, int items) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	RecentDigests(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Digest> of(long userId) {
		return jdbc.query("""
				select sent_at, email, item_count from reminder_digest where user_account_id = :id
				order by sent_at desc, id desc limit 5""", new MapSqlParameterSource("id", userId),
				(rs, i) -> new Digest(rs.getTimestamp("sent_at").toInstant(), rs.getString("email"), rs.getInt("item_count")));
	}
}
