package uk.gov.middlesbrough.tracker.plan;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds plan data straight in the database, for tests that need known states and histories. */
public final class PlanFixtures {

	private final JdbcTemplate jdbc;

	public PlanFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A locality with its nine plans from the template (as the app creates them), created long ago. */
	public long locality(String name) {
		jdbc.update("""
				insert into locality (name, ward, status, start_date) values (?, ?, 'PILOT', date '2021-10-01')
				on conflict do nothing""", name, name);
		long id = jdbc.queryForObject("select id from locality where name = ?", Long.class, name);
		jdbc.update("""
				insert into action_plan (locality_id, plan_theme_id, title, position, objectives, lead_organisation, created_at)
				select ?, t.id, t.name, t.position, t.default_objectives, t.default_lead_organisation, timestamptz '2021-10-01 09:00+01'
				from plan_theme t
				where not exists (select 1 from action_plan p where p.locality_id = ? and p.plan_theme_id = t.id)""", id, id);
		return id;
	}

	public long plan(long localityId, int position) {
		return jdbc.queryForObject("select id from action_plan where locality_id = ? and position = ?", Long.class,
				localityId, position);
	}

	public void lead(long planId, String username) {
		jdbc.update("update action_plan set lead_user_id = (select id from user_account where username = ?) where id = ?",
				username, planId);
	}

	/** An action created at {@code createdAt} with 0 % (and its CREATED history entry). */
	public long action(long planId, String specific, LocalDate start, LocalDate due, String weight, Instant createdAt) {
		long id = jdbc.queryForObject("""
				insert into plan_action (action_plan_id, specific, measure, target_value, owner_post, relevant_objective,
				                         start_date, due_date, weight, created_at)
				values (?, ?, 'Sessions delivered', '6 sessions', 'Neighbourhood Manager', 'Reduce anti-social behaviour', ?, ?, ?::numeric, ?)
				returning id""", Long.class, planId, specific, start, due, weight, java.sql.Timestamp.from(createdAt));
		jdbc.update("""
				insert into action_history (plan_action_id, kind, recorded_at, recorded_by, completion, weight, status, start_date, due_date)
				values (?, 'CREATED', ?, 'fixture', 0, ?::numeric, 'ACTIVE', ?, ?)""", id, java.sql.Timestamp.from(createdAt), weight,
				start, due);
		return id;
	}

	/** A progress update recorded at {@code at}; the action's current state follows it. */
	public void progress(long actionId, int completion, Instant at) {
		jdbc.update("""
				insert into action_history (plan_action_id, kind, recorded_at, recorded_by, old_completion, completion, weight,
				                            status, start_date, due_date, commentary)
				select a.id, 'PROGRESS', ?, 'fixture', a.completion, ?, a.weight, a.status, a.start_date, a.due_date, 'Fixture update'
				from plan_action a where a.id = ?""", java.sql.Timestamp.from(at), completion, actionId);
		jdbc.update("update plan_action set completion = ?, version = version + 1 where id = ?", completion, actionId);
	}

	/** Cancels the action at {@code at}. */
	public void cancel(long actionId, Instant at) {
		jdbc.update("""
				insert into action_history (plan_action_id, kind, recorded_at, recorded_by, completion, weight, status, start_date, due_date)
				select a.id, 'CANCELLED', ?, 'fixture', a.completion, a.weight, 'CANCELLED', a.start_date, a.due_date
				from plan_action a where a.id = ?""", java.sql.Timestamp.from(at), actionId);
		jdbc.update("update plan_action set status = 'CANCELLED', version = version + 1 where id = ?", actionId);
	}
}
