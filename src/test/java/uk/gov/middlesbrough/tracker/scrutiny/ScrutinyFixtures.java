package uk.gov.middlesbrough.tracker.scrutiny;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Builds tracker data straight in the database, for tests that need known states and histories. */
public final class ScrutinyFixtures {

	public static final String DEMO_PANEL = "Children and Young People's Social Care and Services Scrutiny Panel";
	public static final String DEMO_TOPIC = "Locality Working from a Children's Services Perspective";

	private final JdbcTemplate jdbc;

	public ScrutinyFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public long demoReview() {
		return jdbc.queryForObject("select id from scrutiny_review where panel = ? and topic = ?", Long.class, DEMO_PANEL,
				DEMO_TOPIC);
	}

	/** A review (once per topic) whose final report and response are long past. */
	public long review(String topic) {
		jdbc.update("""
				insert into scrutiny_review (panel, topic, final_report_on, response_on, created_at, created_by)
				values ('Fixture Scrutiny Panel', ?, date '2022-04-26', date '2022-07-12', timestamptz '2022-04-26 12:00+01', 'fixture')
				on conflict do nothing""", topic);
		return jdbc.queryForObject("select id from scrutiny_review where panel = 'Fixture Scrutiny Panel' and topic = ?",
				Long.class, topic);
	}

	/**
	 * A recommendation with a response (post, target date, report-back date, status) added at {@code at}, with its
	 * ADDED history entry.
	 */
	public long recommendation(long reviewId, String reference, String text, RecommendationStatus status, LocalDate target,
			LocalDate reportBack, Instant at) {
		RecommendationReference parsed = RecommendationReference.parse(reference).orElseThrow();
		long id = jdbc.queryForObject("""
				insert into scrutiny_recommendation (scrutiny_review_id, reference, sort_key, text, proposed_action,
				                                     responsible_post, budget_text, timescale_text, target_date, report_back_on,
				                                     status, created_at)
				values (?, ?, ?, ?, 'Fixture action', 'Head of Stronger Communities', 'No additional budget required',
				        'Fixture timescale', ?, ?, ?, ?)
				returning id""", Long.class, reviewId, parsed.toString(), parsed.sortKey(), text, target, reportBack,
				status.name(), Timestamp.from(at));
		jdbc.update("""
				insert into scrutiny_recommendation_history (scrutiny_recommendation_id, kind, recorded_at, recorded_by, status,
				    proposed_action, responsible_post, budget_text, timescale_text, target_date, report_back_on)
				select r.id, 'ADDED', ?, 'fixture', r.status, r.proposed_action, r.responsible_post, r.budget_text,
				       r.timescale_text, r.target_date, r.report_back_on
				from scrutiny_recommendation r where r.id = ?""", Timestamp.from(at), id);
		return id;
	}

	/** The panel's agreement to close a recommendation, as the status forms post it. */
	public static RequestPostProcessor panelAgreed(String meeting, LocalDate on) {
		return request -> {
			request.addParameter("closureMeeting", meeting);
			request.addParameter("closureAgreedOn.day", String.valueOf(on.getDayOfMonth()));
			request.addParameter("closureAgreedOn.month", String.valueOf(on.getMonthValue()));
			request.addParameter("closureAgreedOn.year", String.valueOf(on.getYear()));
			return request;
		};
	}

	/** A progress update recorded at {@code at} that leaves the status as it is. */
	public void progress(long recommendationId, String note, Instant at) {
		jdbc.update("""
				insert into scrutiny_recommendation_history (scrutiny_recommendation_id, kind, recorded_at, recorded_by, update_on,
				    note, old_status, status, proposed_action, responsible_post, budget_text, timescale_text, target_date,
				    report_back_on)
				select r.id, 'PROGRESS', ?, 'fixture', ?::date, ?, r.status, r.status, r.proposed_action, r.responsible_post,
				       r.budget_text, r.timescale_text, r.target_date, r.report_back_on
				from scrutiny_recommendation r where r.id = ?""", Timestamp.from(at), Timestamp.from(at), note, recommendationId);
	}
}
