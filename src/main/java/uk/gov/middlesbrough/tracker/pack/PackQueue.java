package uk.gov.middlesbrough.tracker.pack;

import jakarta.annotation.PreDestroy;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Packs waiting to be produced, produced in the background by at most {@code tracker.packs.concurrent} threads a node
 * (default 2), so that a panel's worth of packs never takes the cores the dashboards need. Packs a stopped node left
 * queued or half produced are queued again when the app starts (this assumes one node: see the README, "Panel packs").
 */
@Component
class PackQueue {

	private final PackWriter writer;
	private final JdbcTemplate jdbc;
	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	PackQueue(PackWriter writer, JdbcTemplate jdbc, @Value("${tracker.packs.concurrent:2}") int concurrent) {
		this.writer = writer;
		this.jdbc = jdbc;
		executor.setCorePoolSize(concurrent);
		executor.setMaxPoolSize(concurrent);
		executor.setThreadNamePrefix("pack-");
		executor.setThreadPriority(Thread.MIN_PRIORITY);
		executor.initialize();
	}

	/** Produces the pack as soon as a thread is free (call after the transaction that queued it has committed). */
	void submit(long packId) {
		executor.execute(() -> writer.produce(packId));
	}

	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		jdbc.update("update pack set production = 'QUEUED' where production = 'PRODUCING'");
		List<Long> queued = jdbc.queryForList("select id from pack where production = 'QUEUED' order by id", Long.class);
		queued.forEach(this::submit);
	}

	@PreDestroy
	void stop() {
		executor.shutdown();
	}
}
