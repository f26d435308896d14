package uk.gov.middlesbrough.tracker.security.session;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The session store in PostgreSQL (Spring Session JDBC), shared by every node.
 * <p>
 * Two requests at once on one session that both add the same attribute (a flash message after two forms sent from
 * two tabs) both ran Spring Session's plain {@code INSERT} into {@code spring_session_attributes}; the second failed on
 * the primary key, and its request answered 500 after its change had been committed (spring-projects/spring-session
 * issue 1213). Spring Session's PostgreSQL customizer turns that insert into an upsert ({@code ON CONFLICT ... DO
 * UPDATE}), so the later write wins, as it does for an attribute that already exists.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionSettings.class)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}
}
