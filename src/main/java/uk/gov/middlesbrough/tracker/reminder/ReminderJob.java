package uk.gov.middlesbrough.tracker.reminder;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily digest run, at {@code tracker.reminders.cron} (UK time). ShedLock's lock in the database lets only one
 * node run it when several run the app; a node that finds it locked skips the run.
 */
@Component
@ConditionalOnProperty(name = "tracker.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final ReminderDigests digests;

	ReminderJob(ReminderDigests digests) {
		this.digests = digests;
	}

	@Scheduled(cron = "${tracker.reminders.cron:0 0 7 * * *}", zone = "Europe/London")
	@SchedulerLock(name = "reminder-digests", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
	void run() {
		log.info("Reminder digests sent: {}", digests.sendDue());
	}
}
