package uk.gov.middlesbrough.tracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The daily digest, received from an SMTP server started in the test (GreenMail): one mail per user with something
 * due, its items and links as "your work" lists them; none the next day when nothing new is due; none for a user who
 * chose no reminders or has no address; and each digest recorded with its items.
 */
class ReminderDigestIT extends IntegrationTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> ServerSetupTest.SMTP.getPort());
		registry.add("tracker.reminders.base-url", () -> "https://tracker.example.org");
		// The scheduled run is not wanted in this test: it calls the digests itself.
		registry.add("tracker.reminders.enabled", () -> "false");
	}

	@Autowired
	ReminderDigests digests;

	@Autowired
	LockProvider locks;

	@BeforeEach
	void onlyThreeUsersHaveAddresses() {
		// Mid-month, so a day later is the same month (what is due changes at a month's start).
		Instant now = Instant.now();
		clock.fixAt(LocalDate.ofInstant(now, AsOf.UK).getDayOfMonth() > 24 ? now.minus(Duration.ofDays(6)) : now);
		jdbc.update("delete from reminder_digest_item");
		jdbc.update("delete from reminder_digest");
		jdbc.update("delete from reminder_preference");
		jdbc.update("update user_account set email = null");
		jdbc.update("update user_account set email = username || '@example.org' where username in ('northormesby.manager', 'police.lead', 'newport.manager')");
		jdbc.update("""
				insert into reminder_preference (user_account_id, frequency)
				select id, 'NONE' from user_account where username = 'newport.manager'""");
	}

	@Test
	void eachUserWithSomethingDueGetsOneDigestAndNoneTheNextDay() throws Exception {
		assertThat(digests.sendDue()).isEqualTo(2);
		Map<String, MimeMessage> byRecipient = Arrays.stream(smtp.getReceivedMessages())
			.collect(Collectors.toMap(message -> recipient(message), message -> message));
		assertThat(byRecipient).containsOnlyKeys("northormesby.manager@example.org", "police.lead@example.org");

		String manager = GreenMailUtil.getBody(byRecipient.get("northormesby.manager@example.org"));
		assertThat(byRecipient.get("northormesby.manager@example.org").getSubject()).startsWith("Locality Working Tracker: ")
			.endsWith(" items due");
		assertThat(manager).contains("Dear Demo North Ormesby Manager", "Actions Red or Amber (", "PMF figures due (",
				"Anti-social behaviour incidents", "https://tracker.example.org/plans/", "/progress#action-row-",
				"https://tracker.example.org/indicators/", "https://tracker.example.org/account/reminders");
		String lead = GreenMailUtil.getBody(byRecipient.get("police.lead@example.org"));
		assertThat(lead).contains("Actions Red or Amber (").doesNotContain("PMF figures due");

		// Recorded: who, when, which items (one row an item; as many as the mail lists).
		long managerItems = jdbc.queryForObject("""
				select count(*) from reminder_digest_item i join reminder_digest d on d.id = i.reminder_digest_id
				join user_account u on u.id = d.user_account_id where u.username = 'northormesby.manager'""", Long.class);
		assertThat(managerItems).isEqualTo(countOccurrences(manager, "https://tracker.example.org/") - 1);
		assertThat(jdbc.queryForList("select u.username from reminder_digest d join user_account u on u.id = d.user_account_id"
				+ " order by u.username", String.class)).containsExactly("northormesby.manager", "police.lead");

		// Later the same day nothing new has fallen due: no mail.
		clock.fixAt(clock.instant().plus(Duration.ofHours(3)));
		assertThat(digests.sendDue()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(2);

		// The next day only what newly fell due overnight (an action turning Amber, say) may be sent; nothing sent
		// yesterday is sent again.
		clock.fixAt(clock.instant().plus(Duration.ofDays(1)));
		digests.sendDue();
		assertThat(jdbc.queryForObject("""
				select count(*) from (select d.user_account_id, i.item_key from reminder_digest_item i
				                      join reminder_digest d on d.id = i.reminder_digest_id
				                      group by d.user_account_id, i.item_key having count(*) > 1) repeated""", Long.class)).isZero();
	}

	@Test
	void aWeeklyUserIsNotSentASecondDigestWithinTheWeekEvenWithSomethingNew() throws Exception {
		jdbc.update("""
				insert into reminder_preference (user_account_id, frequency)
				select id, 'WEEKLY' from user_account where username = 'police.lead'""");
		assertThat(digests.sendDue()).isEqualTo(2);
		jdbc.update("delete from reminder_digest_item");
		clock.fixAt(clock.instant().plus(Duration.ofDays(2)));
		// Every item now looks new, but only the daily user is sent them again.
		assertThat(digests.sendDue()).isEqualTo(1);
		assertThat(List.of(smtp.getReceivedMessages()).stream().map(ReminderDigestIT::recipient).toList())
			.containsOnly("northormesby.manager@example.org", "police.lead@example.org")
			.filteredOn("police.lead@example.org"::equals).hasSize(1);
	}

	@Test
	void theJobsLockIsHeldByOneNodeAtATime() {
		// What @SchedulerLock on ReminderJob.run relies on: a second node asking for the same lock while it is held
		// gets none, so it skips the run.
		LockConfiguration run = new LockConfiguration(Instant.now(), "reminder-digests-test", Duration.ofMinutes(5), Duration.ZERO);
		Optional<SimpleLock> first = locks.lock(run);
		assertThat(first).isPresent();
		assertThat(locks.lock(run)).isEmpty();
		first.get().unlock();
		assertThat(locks.lock(run)).isPresent();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int countOccurrences(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}
}
