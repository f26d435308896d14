package uk.gov.middlesbrough.tracker.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where PostgreSQL 17's client tools are: Debian's postgresql-client-17 when installed, else what .ci/pg17-client
 * puts under /opt/pg17-client (or $PG17_CLIENT_DIR). A pg_dump older than the server refuses to dump it.
 */
final class PgClient {

	private PgClient() {
	}

	static String tool(String name) {
		String own = System.getenv("PG17_CLIENT_DIR");
		List<Path> places = new java.util.ArrayList<>(List.of(Path.of("/usr/lib/postgresql/17/bin"), Path.of("/opt/pg17-client/bin")));
		if (own != null) {
			places.add(0, Path.of(own, "bin"));
		}
		return places.stream().map(dir -> dir.resolve(name)).filter(Files::isExecutable).findFirst()
			.map(Path::toString)
			.orElseThrow(() -> new IllegalStateException(name + " 17 not found in " + places + ": run bash .ci/pg17-client"));
	}
}
