package bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The benchmark's PostgreSQL 17 server (bench/run starts it; not part of the app): the same zonky binaries as
 * the demo run, with its data kept in a directory of its own and pg_stat_statements loaded so the benchmark
 * can count and time each page's statements. Runs until it is stopped (SIGTERM stops the server cleanly).
 *
 * <p>Arguments: data directory, port.
 */
public final class BenchDatabase {

	private BenchDatabase() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of(args[0]).toAbsolutePath();
		int port = Integer.parseInt(args[1]);
		Files.createDirectories(dataDir);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setPGStartupWait(Duration.ofMinutes(2))
				.setServerConfig("shared_preload_libraries", "pg_stat_statements")
				.setServerConfig("pg_stat_statements.track", "top")
				.setServerConfig("shared_buffers", "512MB")
				.setServerConfig("work_mem", "16MB")
				.setServerConfig("max_wal_size", "4GB")
				.setServerConfig("max_connections", "100")
				.start();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (Exception e) {
				e.printStackTrace();
			}
			stopped.countDown();
		}));
		System.out.println("bench database ready on port " + port);
		stopped.await();
	}
}
