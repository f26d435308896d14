package uk.gov.middlesbrough.tracker.scrutiny;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.gov.middlesbrough.tracker.audit.AuditedField;
import uk.gov.middlesbrough.tracker.audit.AuditedRecords;
import uk.gov.middlesbrough.tracker.audit.RecordName;
import uk.gov.middlesbrough.tracker.audit.SqlAuditedRecords;

/** Scrutiny reviews and their recommendations in the audit trail: "Recommendation (c) of the review 'Locality working'". */
@Configuration(proxyBeanMethods = false)
class ScrutinyAuditRecords {

	@Bean
	AuditedRecords scrutinyReviewsInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("ScrutinyReview", "audit.record.ScrutinyReview")
				.names(jdbc, "select id, topic from scrutiny_review where id in (:ids)",
						rs -> RecordName.of("/scrutiny/reviews/" + rs.getLong("id"), "audit.name.ScrutinyReview", rs.getString("topic")));
	}

	@Bean
	AuditedRecords recommendationsInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("Recommendation", "audit.record.Recommendation")
				.field("status", AuditedField.choice("scrutiny.status.%s"))
				.field("decision", AuditedField.choice("scrutiny.decision.%s"))
				.field("scrutinyReviewId", AuditedField.reference("ScrutinyReview"))
				.names(jdbc, """
						select r.id, r.reference, s.topic from scrutiny_recommendation r
						join scrutiny_review s on s.id = r.scrutiny_review_id where r.id in (:ids)""",
						rs -> RecordName.of("/scrutiny/recommendations/" + rs.getLong("id"), "audit.name.Recommendation",
								rs.getString("reference"), rs.getString("topic")));
	}
}
