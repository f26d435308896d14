package uk.gov.middlesbrough.tracker.caseload;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;

/** Builds caseload data straight in the database, for tests that need known figures and histories. */
public final class CaseloadFixtures {

	private final JdbcTemplate jdbc;

	public CaseloadFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A locality (with its nine plans, as the app creates them). */
	public long locality(String name) {
		return new PlanFixtures(jdbc).locality(name);
	}

	/** A post's figures on a date, recorded at {@code at} (with its RECORDED history entry). */
	public long snapshot(long localityId, LocalDate date, String role, String label, int children, int families, int underSix,
			Instant at) {
		long id = jdbc.queryForObject("""
				insert into caseload_snapshot (locality_id, snapshot_date, role, post_label, children, families,
				                               children_under_six_months, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, localityId, date, role, label, children, families,
				underSix, Timestamp.from(at));
		jdbc.update("""
				insert into caseload_history (caseload_snapshot_id, kind, recorded_at, recorded_by, children, families,
				                              children_under_six_months)
				values (?, 'RECORDED', ?, 'fixture', ?, ?, ?)""", id, Timestamp.from(at), children, families, underSix);
		return id;
	}

	/** A correction recorded at {@code at}; the snapshot's current figures follow it. */
	public void correct(long snapshotId, int children, int families, int underSix, Instant at) {
		jdbc.update("""
				insert into caseload_history (caseload_snapshot_id, kind, recorded_at, recorded_by, children, families,
				                              children_under_six_months, old_children, old_families, old_children_under_six_months)
				select s.id, 'CORRECTED', ?, 'fixture', ?, ?, ?, s.children, s.families, s.children_under_six_months
				from caseload_snapshot s where s.id = ?""", Timestamp.from(at), children, families, underSix, snapshotId);
		jdbc.update("""
				update caseload_snapshot set children = ?, families = ?, children_under_six_months = ?, version = version + 1
				where id = ?""", children, families, underSix, snapshotId);
	}

	/** A role's number of posts set at {@code at} (a change if the role already has one). */
	public void staffing(long localityId, String role, int posts, Instant at) {
		Integer old = jdbc.query("select posts from caseload_staffing where locality_id = ? and role = ?",
				rs -> rs.next() ? rs.getInt(1) : null, localityId, role);
		jdbc.update("""
				insert into caseload_staffing (locality_id, role, posts) values (?, ?, ?)
				on conflict (locality_id, role) do update set posts = excluded.posts, version = caseload_staffing.version + 1""",
				localityId, role, posts);
		jdbc.update("""
				insert into caseload_staffing_history (caseload_staffing_id, recorded_at, recorded_by, posts, old_posts)
				select id, ?, 'fixture', ?, ? from caseload_staffing where locality_id = ? and role = ?""", Timestamp.from(at),
				posts, old, localityId, role);
	}

	public int snapshotCount(long localityId) {
		return jdbc.queryForObject("select count(*) from caseload_snapshot where locality_id = ?", Integer.class, localityId);
	}
}
