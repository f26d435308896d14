package uk.gov.middlesbrough.tracker.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import java.util.Base64;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.middlesbrough.tracker.TrackerApplication;
import uk.gov.middlesbrough.tracker.support.TestDatabase;

/**
 * Without the demo profile the app takes its database from SPRING_DATASOURCE_*, starts no embedded
 * server, migrates the schema, and creates no demo localities or users.
 */
class ProductionSettingsIT {

	@Test
	void startsOnTheGivenDatabaseWithoutDemoDataOrUsers() {
		TestDatabase database = TestDatabase.get();
		String url = database.createDatabase("production_check");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TrackerApplication.class)
				.properties("spring.datasource.url=" + url, "spring.datasource.username=" + database.username(),
						"spring.datasource.password=" + database.password(), "server.port=0",
						"tracker.mfa.encryption-key=" + Base64.getEncoder().encodeToString(new byte[32]))
				.run()) {
			assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
			assertThat(context.getEnvironment().getActiveProfiles()).isEmpty();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from locality", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where script like 'R__%'", Integer.class))
				.isZero();
		}
	}

	@Test
	void willNotStartWithoutTheKeyThatEncryptsTheAuthenticatorSecretsAndSaysHowToMakeOne() {
		TestDatabase database = TestDatabase.get();
		String url = database.createDatabase("production_no_key");
		SpringApplicationBuilder app = new SpringApplicationBuilder(TrackerApplication.class)
			.properties("spring.datasource.url=" + url, "spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password(), "server.port=0");
		assertThatThrownBy(app::run).satisfies(failure -> assertThat(allMessages(failure))
			.contains("tracker.mfa.encryption-key").contains("openssl rand -base64 32"));
	}

	private static String allMessages(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}
}
