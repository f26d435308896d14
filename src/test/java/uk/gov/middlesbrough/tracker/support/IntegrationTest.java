package uk.gov.middlesbrough.tracker.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The one Spring test configuration: the whole app on a random port (for browsers) with MockMvc, the demo
 * profile's data and users, on the run's real PostgreSQL. Every {@code …IT} extends this, so the context
 * (and the database) starts once per run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(IntegrationTest.CountingConfiguration.class)
public abstract class IntegrationTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingConfiguration {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return StatementCounter.dataSourceWrapper();
		}

		@Bean
		static BeanPostProcessor countingPasswordHashing() {
			return PasswordHashings.encoderWrapper();
		}

		/** Replaces the application's clock: the real time unless a test fixes it (reset after every test). */
		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock(AsOf.UK);
		}
	}

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected TestClock clock;

	@AfterEach
	void letTheClockRunAgain() {
		clock.run();
	}

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase database = TestDatabase.get();
		registry.add("tracker.embedded-postgres.enabled", () -> "false");
		// No scheduled digest run in tests (one could start at 07:00 mid-suite); ReminderDigestIT calls the digests itself.
		registry.add("tracker.reminders.enabled", () -> "false");
		// Tests sign the same demo user in many times a minute; SecondFactorsIT checks that a code is refused twice.
		registry.add("tracker.mfa.refuse-reused-codes", () -> "false");
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
		TestIdentityProvider.register(registry);
	}

	protected long localityId(String name) {
		return jdbc.queryForObject("select id from locality where name = ?", Long.class, name);
	}

	protected long userId(String username) {
		return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
	}
}
