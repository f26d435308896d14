package uk.gov.middlesbrough.tracker.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds survey data straight in the database, for tests that need known figures and histories. */
public final class SurveyFixtures {

	private final JdbcTemplate jdbc;

	public SurveyFixtures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A locality (created if missing), without plans. */
	public long locality(String name) {
		jdbc.update("""
				insert into locality (name, ward, status, start_date) values (?, ?, 'PILOT', date '2021-10-01')
				on conflict do nothing""", name, name);
		return jdbc.queryForObject("select id from locality where name = ?", Long.class, name);
	}

	public long question(String code) {
		return jdbc.queryForObject("select id from survey_question where code = ?", Long.class, code);
	}

	/** A wave (or the existing one of that name), recorded at {@code createdAt}. */
	public long wave(long localityId, String name, LocalDate fieldworkDate, Integer respondents, Instant createdAt) {
		jdbc.update("""
				insert into survey_wave (locality_id, name, fieldwork_date, respondents, created_at, created_by)
				values (?, ?, ?, ?, ?, 'fixture') on conflict (locality_id, lower(name)) do nothing""", localityId, name,
				fieldworkDate, respondents, Timestamp.from(createdAt));
		return jdbc.queryForObject("select id from survey_wave where locality_id = ? and name = ?", Long.class, localityId, name);
	}

	/** A first figure recorded at {@code at}, with its history row. */
	public long result(long waveId, String questionCode, String percentage, Integer respondents, Instant at) {
		long id = jdbc.queryForObject("""
				insert into survey_result (survey_wave_id, survey_question_id, percentage_agreeing, respondents, created_at)
				values (?, ?, ?::numeric, ?, ?) returning id""", Long.class, waveId, question(questionCode), percentage, respondents,
				Timestamp.from(at));
		jdbc.update("""
				insert into survey_result_history (survey_result_id, kind, recorded_at, recorded_by, percentage_agreeing, respondents)
				values (?, 'RECORDED', ?, 'fixture', ?::numeric, ?)""", id, Timestamp.from(at), percentage, respondents);
		return id;
	}

	/** A correction recorded at {@code at}; the result's current value follows it. */
	public void correct(long resultId, String percentage, Integer respondents, Instant at) {
		jdbc.update("""
				insert into survey_result_history (survey_result_id, kind, recorded_at, recorded_by, old_percentage_agreeing,
				                                   percentage_agreeing, old_respondents, respondents)
				select r.id, 'CORRECTED', ?, 'fixture', r.percentage_agreeing, ?::numeric, r.respondents, ?
				from survey_result r where r.id = ?""", Timestamp.from(at), percentage, respondents, resultId);
		jdbc.update("update survey_result set percentage_agreeing = ?::numeric, respondents = ?, version = version + 1 where id = ?",
				percentage, respondents, resultId);
	}
}
