package uk.gov.middlesbrough.tracker.plan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.gov.middlesbrough.tracker.audit.AuditedField;
import uk.gov.middlesbrough.tracker.audit.AuditedRecords;
import uk.gov.middlesbrough.tracker.audit.RecordName;
import uk.gov.middlesbrough.tracker.audit.SqlAuditedRecords;

/** Plans, actions, reviews and the plan template's themes in the audit trail, each named with its locality. */
@Configuration(proxyBeanMethods = false)
class PlanAuditRecords {

	@Bean
	AuditedRecords actionsInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("PlanAction", "audit.record.PlanAction")
				.field("completion", AuditedField.percent())
				.field("status", AuditedField.choice("audit.value.actionStatus.%s"))
				.field("actionPlanId", AuditedField.reference("ActionPlan"))
				.field("indicatorId", AuditedField.reference("Indicator"))
				.names(jdbc, """
						select a.id, a.specific, p.title, l.name as locality from plan_action a
						join action_plan p on p.id = a.action_plan_id join locality l on l.id = p.locality_id
						where a.id in (:ids)""",
						rs -> RecordName.of("/actions/" + rs.getLong("id"), "audit.name.PlanAction", rs.getString("specific"),
								rs.getString("locality"), rs.getString("title")));
	}

	@Bean
	AuditedRecords plansInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("ActionPlan", "audit.record.ActionPlan")
				.field("localityId", AuditedField.reference("Locality"))
				.field("leadUserId", AuditedField.reference("UserAccount"))
				.field("themeId", AuditedField.reference("PlanTheme"))
				.names(jdbc, """
						select p.id, p.title, l.name as locality from action_plan p join locality l on l.id = p.locality_id
						where p.id in (:ids)""",
						rs -> RecordName.of("/plans/" + rs.getLong("id"), "audit.name.ActionPlan", rs.getString("title"),
								rs.getString("locality")));
	}

	@Bean
	AuditedRecords planReviewsInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("PlanReview", "audit.record.PlanReview")
				.field("actionPlanId", AuditedField.reference("ActionPlan"))
				.names(jdbc, """
						select r.id, r.action_plan_id, r.reviewed_on, p.title, l.name as locality from plan_review r
						join action_plan p on p.id = r.action_plan_id join locality l on l.id = p.locality_id
						where r.id in (:ids)""",
						rs -> RecordName.of("/plans/" + rs.getLong("action_plan_id"), "audit.name.PlanReview",
								rs.getString("title"), rs.getString("locality"), rs.getObject("reviewed_on", java.time.LocalDate.class)));
	}

	/** No link: only administrators open the plan template. */
	@Bean
	AuditedRecords planThemesInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("PlanTheme", "audit.record.PlanTheme")
				.names(jdbc, "select id, name from plan_theme where id in (:ids)",
						rs -> RecordName.of(null, "audit.name.PlanTheme", rs.getString("name")));
	}
}
