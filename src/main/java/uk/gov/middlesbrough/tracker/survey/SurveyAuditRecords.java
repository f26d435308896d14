package uk.gov.middlesbrough.tracker.survey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.gov.middlesbrough.tracker.audit.AuditedField;
import uk.gov.middlesbrough.tracker.audit.AuditedRecords;
import uk.gov.middlesbrough.tracker.audit.RecordName;
import uk.gov.middlesbrough.tracker.audit.SqlAuditedRecords;

/** Survey questions, waves and results in the audit trail; waves and results link to their locality's survey page. */
@Configuration(proxyBeanMethods = false)
class SurveyAuditRecords {

	@Bean
	AuditedRecords surveyQuestionsInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("SurveyQuestion", "audit.record.SurveyQuestion")
				.names(jdbc, "select id, code, text from survey_question where id in (:ids)",
						rs -> RecordName.of("/surveys", "audit.name.SurveyQuestion", rs.getString("code"), rs.getString("text")));
	}

	@Bean
	AuditedRecords surveyWavesInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("SurveyWave", "audit.record.SurveyWave")
				.field("localityId", AuditedField.reference("Locality"))
				.names(jdbc, """
						select w.id, w.name, w.locality_id, l.name as locality from survey_wave w join locality l on l.id = w.locality_id
						where w.id in (:ids)""",
						rs -> RecordName.of("/localities/" + rs.getLong("locality_id") + "/surveys", "audit.name.SurveyWave",
								rs.getString("name"), rs.getString("locality")));
	}

	@Bean
	AuditedRecords surveyResultsInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("SurveyResult", "audit.record.SurveyResult")
				.field("percentageAgreeing", AuditedField.percent())
				.field("surveyWaveId", AuditedField.reference("SurveyWave"))
				.field("surveyQuestionId", AuditedField.reference("SurveyQuestion"))
				.names(jdbc, """
						select r.id, q.text, w.name as wave, w.locality_id, l.name as locality from survey_result r
						join survey_question q on q.id = r.survey_question_id join survey_wave w on w.id = r.survey_wave_id
						join locality l on l.id = w.locality_id where r.id in (:ids)""",
						rs -> RecordName.of("/localities/" + rs.getLong("locality_id") + "/surveys", "audit.name.SurveyResult",
								rs.getString("text"), rs.getString("locality"), rs.getString("wave")));
	}
}
