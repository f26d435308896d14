package uk.gov.middlesbrough.tracker.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL 17 per test run: a Testcontainers container when a Docker engine is present,
 * otherwise an embedded server (zonky). Never H2.
 */
public final class TestDatabase {

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,40}");
	private static TestDatabase instance;

	private final String jdbcUrlTemplate;
	private final String username;
	private final String password;
	private final String defaultDatabase;

	private TestDatabase(String jdbcUrlTemplate, String username, String password, String defaultDatabase) {
		this.jdbcUrlTemplate = jdbcUrlTemplate;
		this.username = username;
		this.password = password;
		this.defaultDatabase = defaultDatabase;
	}

	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = dockerAvailable() ? startContainer() : startEmbedded();
		}
		return instance;
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static TestDatabase startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
		String url = container.getJdbcUrl();
		String template = url.replace("/" + container.getDatabaseName(), "/%s");
		return new TestDatabase(template, container.getUsername(), container.getPassword(), container.getDatabaseName());
	}

	private static TestDatabase startEmbedded() {
		try {
			// A busy machine can take longer than zonky's default 10 seconds to start the server.
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setPGStartupWait(java.time.Duration.ofMinutes(2)).start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// the JVM is exiting anyway
				}
			}));
			String template = postgres.getJdbcUrl("postgres", "postgres").replace("/postgres?", "/%s?");
			return new TestDatabase(template, "postgres", "postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
		}
	}

	public String jdbcUrl() {
		return jdbcUrl(defaultDatabase);
	}

	public String jdbcUrl(String database) {
		return String.format(jdbcUrlTemplate, database);
	}

	public String username() {
		return username;
	}

	public String password() {
		return password;
	}

	/** Creates another, empty database on the same server (for a test that needs a clean schema). */
	public String createDatabase(String name) {
		if (!DATABASE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Bad database name " + name);
		}
		try (Connection connection = java.sql.DriverManager.getConnection(jdbcUrl(), username, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name);
			statement.execute("create database " + name);
			return jdbcUrl(name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
	}
}
