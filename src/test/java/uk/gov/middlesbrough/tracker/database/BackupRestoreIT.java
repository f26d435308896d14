package uk.gov.middlesbrough.tracker.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.TestDatabase;

/**
 * The README's backup and restore, done: the test database dumped with pg_dump (custom format), restored with
 * pg_restore into a fresh database, Flyway's validation of the restored schema against the app's migrations, and
 * every table's row count equal to the source's at the moment of the dump (the same snapshot).
 */
class BackupRestoreIT extends IntegrationTest {

	private static final Pattern SERVER = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/.*");
	private static final String RESTORED = "backup_restore_check";

	@Value("${spring.flyway.locations}")
	String[] migrationLocations;

	@Test
	void aDumpRestoredIntoAFreshDatabaseValidatesAgainstTheMigrationsAndHasEveryRowCount() throws Exception {
		TestDatabase database = TestDatabase.get();
		Path dump = Files.createTempFile("tracker-", ".dump");
		Map<String, Long> source;
		try (Connection snapshotHolder = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
			snapshotHolder.setAutoCommit(false);
			snapshotHolder.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			String snapshot = single(snapshotHolder, "select pg_export_snapshot()");
			source = rowCounts(snapshotHolder);
			run(PgClient.tool("pg_dump"), "--format=custom", "--snapshot=" + snapshot, "--file=" + dump, "--dbname=postgres");
			snapshotHolder.rollback();
		}
		database.createDatabase(RESTORED);
		run(PgClient.tool("pg_restore"), "--no-owner", "--exit-on-error", "--dbname=" + RESTORED, dump.toString());

		Flyway.configure().dataSource(database.jdbcUrl(RESTORED), database.username(), database.password())
			.locations(migrationLocations).load().validate();
		Map<String, Long> restored;
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(RESTORED), database.username(), database.password())) {
			restored = rowCounts(connection);
		}
		assertThat(source).as("tables").hasSizeGreaterThan(20);
		assertThat(restored).isEqualTo(source);
		System.out.printf("BACKUP FIGURES: %d tables, %d rows, row counts equal after restore; dump %d KB%n", source.size(),
				source.values().stream().mapToLong(Long::longValue).sum(), Files.size(dump) / 1024);
		Files.delete(dump);
	}

	private static Map<String, Long> rowCounts(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
						+ "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		Map<String, Long> counts = new TreeMap<>();
		for (String table : tables) {
			counts.put(table, Long.valueOf(single(connection, "select count(*) from public.\"" + table + "\"")));
		}
		return counts;
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	/** Runs a client tool against the test server (libpq's environment variables say where and as whom). */
	private static void run(String... command) throws Exception {
		TestDatabase database = TestDatabase.get();
		Matcher server = SERVER.matcher(database.jdbcUrl());
		assertThat(server.matches()).as(database.jdbcUrl()).isTrue();
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(Map.of("PGHOST", server.group(1), "PGPORT", server.group(2),
				"PGUSER", database.username(), "PGPASSWORD", database.password()));
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(command[0] + " finished").isTrue();
		assertThat(process.exitValue()).as(command[0] + ": " + output).isZero();
	}
}
