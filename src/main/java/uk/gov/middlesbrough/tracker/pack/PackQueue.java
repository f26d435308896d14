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
 * (by default one fewer than the node's cores, at least one and at most two), so that a panel's worth of packs never
 * takes the cores the dashboards need: on two cores two packs at once made the dashboards four times slower, one
 * at a time two and a half times. Packs a stopped node left
 * queued or half produced are queued again when the app starts (this assumes one node: see the README, "Panel packs").
 */
@Component
class PackQueue {

	private final PackWriter writer;
	private final JdbcTemplate jdbc;
	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	PackQueue(PackWriter writer, JdbcTemplate jdbc, @Value("${tracker.packs.concurrent:0}") int concurrent) {
		this.writer = writer;
		this.jdbc = jdbc;
		int threads = concurrent > 0 ? concurrent : defaultThreads(Runtime.getRuntime().availableProcessors());
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("pack-");
		executor.setThreadPriority(Thread.MIN_PRIORITY);
		executor.initialize();
	}

	/** One fewer than the cores, at least one and at most two. */
	static int defaultThreads(int cores) {
		return Math.max(1, Math.min(2, cores - 1));
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
