package uk.gov.middlesbrough.tracker.locality;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.gov.middlesbrough.tracker.audit.AuditedField;
import uk.gov.middlesbrough.tracker.audit.AuditedRecords;
import uk.gov.middlesbrough.tracker.audit.RecordName;
import uk.gov.middlesbrough.tracker.audit.SqlAuditedRecords;

/** Localities in the audit trail: "Locality Newport", linking to the locality. */
@Configuration(proxyBeanMethods = false)
class LocalityAuditRecords {

	@Bean
	AuditedRecords localitiesInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("Locality", "audit.record.Locality")
				.field("status", AuditedField.choice("locality.status.%s"))
				.names(jdbc, "select id, name from locality where id in (:ids)",
						rs -> RecordName.of("/localities/" + rs.getLong("id"), "audit.name.Locality", rs.getString("name")));
	}
}
