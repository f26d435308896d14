package uk.gov.middlesbrough.tracker.pack;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.gov.middlesbrough.tracker.audit.AuditedField;
import uk.gov.middlesbrough.tracker.audit.AuditedRecords;
import uk.gov.middlesbrough.tracker.audit.RecordName;
import uk.gov.middlesbrough.tracker.audit.SqlAuditedRecords;

/** Panel meetings and their packs in the audit trail, each linking to the meeting's page. */
@Configuration(proxyBeanMethods = false)
class PackAuditRecords {

	@Bean
	AuditedRecords meetingsInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("PanelMeeting", "audit.record.PanelMeeting")
				.names(jdbc, "select id, meeting_date, topic from panel_meeting where id in (:ids)",
						rs -> RecordName.of("/meetings/" + rs.getLong("id"), "audit.name.PanelMeeting",
								rs.getObject("meeting_date", LocalDate.class), rs.getString("topic")));
	}

	@Bean
	AuditedRecords packsInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("Pack", "audit.record.Pack")
				.field("status", AuditedField.choice("audit.value.packStatus.%s"))
				.field("production", AuditedField.choice("audit.value.packProduction.%s"))
				.field("panelMeetingId", AuditedField.reference("PanelMeeting"))
				.names(jdbc, """
						select p.id, p.as_of, p.panel_meeting_id, m.meeting_date from pack p
						join panel_meeting m on m.id = p.panel_meeting_id where p.id in (:ids)""",
						rs -> RecordName.of("/meetings/" + rs.getLong("panel_meeting_id"), "audit.name.Pack",
								rs.getObject("as_of", LocalDate.class), rs.getObject("meeting_date", LocalDate.class)));
	}
}
