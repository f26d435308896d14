package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Packs are produced in the background: tests wait for one to be done (ready or failed), however slow the machine. */
public final class PackWaits {

	private PackWaits() {
	}

	/** Waits until the pack is no longer queued or being produced, and checks it is ready. */
	public static void awaitReady(JdbcTemplate jdbc, long packId) {
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() -> !jdbc.queryForObject(
				"select production in ('QUEUED', 'PRODUCING') from pack where id = ?", Boolean.class, packId));
		assertThat(jdbc.queryForObject("select production from pack where id = ?", String.class, packId)).isEqualTo("READY");
	}
}
