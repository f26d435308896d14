package uk.gov.middlesbrough.tracker.reminder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each user's choice of how often to be reminded (daily when they have not chosen). */
@Component
public class ReminderPreferences {

	private final NamedParameterJdbcTemplate jdbc;

	ReminderPreferences(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public ReminderFrequency of(long userId) {
		return of(List.of(userId)).getOrDefault(userId, ReminderFrequency.DAILY);
	}

	/** The choices of these users, by id; users who have not chosen are absent (daily). */
	@Transactional(readOnly = true)
	Map<Long, ReminderFrequency> of(List<Long> userIds) {
		Map<Long, ReminderFrequency> found = new HashMap<>();
		if (!userIds.isEmpty()) {
			jdbc.query("select user_account_id, frequency from reminder_preference where user_account_id in (:ids)",
					new MapSqlParameterSource("ids", userIds), rs -> {
						found.put(rs.getLong("user_account_id"), ReminderFrequency.valueOf(rs.getString("frequency")));
					});
		}
		return found;
	}

	@Transactional
	public void choose(long userId, ReminderFrequency frequency) {
		jdbc.update("""
				insert into reminder_preference (user_account_id, frequency) values (:id, :frequency)
				on conflict (user_account_id) do update set frequency = excluded.frequency, updated_at = now()""",
				new MapSqlParameterSource("id", userId).addValue("frequency", frequency.name()));
	}
}
