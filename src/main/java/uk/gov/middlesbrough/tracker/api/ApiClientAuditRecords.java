package uk.gov.middlesbrough.tracker.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.gov.middlesbrough.tracker.audit.AuditedRecords;
import uk.gov.middlesbrough.tracker.audit.RecordName;
import uk.gov.middlesbrough.tracker.audit.SqlAuditedRecords;

/**
 * API clients in the audit trail: issuing one and revoking it are changes of the entity, recorded as every change is;
 * its token hash is masked there as every token field is. Named "API client Open data portal", linking to its page.
 */
@Configuration(proxyBeanMethods = false)
class ApiClientAuditRecords {

	@Bean
	AuditedRecords apiClientsInAuditTrail(NamedParameterJdbcTemplate jdbc) {
		return SqlAuditedRecords.of("ApiClient", "audit.record.ApiClient")
				.names(jdbc, "select id, name from api_client where id in (:ids)",
						rs -> RecordName.of("/admin/api-clients/" + rs.getLong("id"), "audit.name.ApiClient", rs.getString("name")));
	}
}
