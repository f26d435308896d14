package uk.gov.middlesbrough.tracker.caseload;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.gov.middlesbrough.tracker.audit.AuditedField;
import uk.gov.middlesbrough.tracker.audit.AuditedRecords;
import uk.gov.middlesbrough.tracker.audit.RecordName;
import uk.gov.middlesbrough.tracker.audit.SqlAuditedRecords;

/** A post's caseload figures and a role's staffing in the audit trail, linking to the locality's caseloads page. */
@Configuration(proxyBeanMethods = false)
class CaseloadAuditRecords {

	@Bean
	AuditedRecords caseloadFiguresInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("CaseloadSnapshot", "audit.record.CaseloadSnapshot")
				.field("role", AuditedField.choice("caseload.role.%s"))
				.field("localityId", AuditedField.reference("Locality"))
				.names(jdbc, """
						select s.id, s.post_label, s.snapshot_date, s.locality_id, l.name as locality from caseload_snapshot s
						join locality l on l.id = s.locality_id where s.id in (:ids)""",
						rs -> RecordName.of(caseloads(rs.getLong("locality_id")), "audit.name.CaseloadSnapshot",
								rs.getString("post_label"), rs.getString("locality"), rs.getObject("snapshot_date", LocalDate.class)));
	}

	@Bean
	AuditedRecords staffingInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("CaseloadStaffing", "audit.record.CaseloadStaffing")
				.field("role", AuditedField.choice("caseload.role.%s"))
				.field("localityId", AuditedField.reference("Locality"))
				.names(jdbc, """
						select s.id, s.role, s.locality_id, l.name as locality from caseload_staffing s
						join locality l on l.id = s.locality_id where s.id in (:ids)""",
						rs -> RecordName.of(caseloads(rs.getLong("locality_id")), "audit.name.CaseloadStaffing",
								new DefaultMessageSourceResolvable("caseload.role.plural." + rs.getString("role")), rs.getString("locality")));
	}

	private static String caseloads(long localityId) {
		return "/localities/" + localityId + "/caseloads";
	}
}
