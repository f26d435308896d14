package uk.gov.middlesbrough.tracker.escalation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.caseload.CaseloadFixtures;
import uk.gov.middlesbrough.tracker.indicator.IndicatorFixtures;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;

/** Builds the data escalations are derived from, through each module's own fixtures, plus plan reviews and marks. */
final class EscalationFixtures {

	final PlanFixtures plans;
	final IndicatorFixtures indicators;
	final CaseloadFixtures caseloads;
	private final JdbcTemplate jdbc;

	EscalationFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.plans = new PlanFixtures(jdbc);
		this.indicators = new IndicatorFixtures(jdbc);
		this.caseloads = new CaseloadFixtures(jdbc);
	}

	/** A locality with its nine plans created on 1 October 2021 and never reviewed. */
	long locality(String name) {
		return plans.locality(name);
	}

	/** A monthly review of the plan in that position, held on {@code on} and recorded that afternoon. */
	void review(long localityId, int position, LocalDate on) {
		jdbc.update("""
				insert into plan_review (action_plan_id, reviewed_on, notes, recorded_by, recorded_at)
				values (?, ?, 'Fixture review', 'fixture', ?)""", plans.plan(localityId, position), on,
				Timestamp.from(on.atTime(15, 0).atZone(java.time.ZoneOffset.UTC).toInstant()));
	}

	/** Reviews every plan of the locality on {@code on}. */
	void reviewAll(long localityId, LocalDate on) {
		for (int position = 1; position <= 9; position++) {
			review(localityId, position, on);
		}
	}

	String planTitle(long localityId, int position) {
		return jdbc.queryForObject("select title from action_plan where locality_id = ? and position = ?", String.class,
				localityId, position);
	}

	int marks(long localityId) {
		return jdbc.queryForObject("select count(*) from escalation_mark where locality_id = ?", Integer.class, localityId);
	}

	static Instant at(String day) {
		return Instant.parse(day + "T10:00:00Z");
	}
}
