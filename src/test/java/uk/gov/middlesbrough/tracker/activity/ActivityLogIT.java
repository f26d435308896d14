package uk.gov.middlesbrough.tracker.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * A domain event reaches an after-commit listener through the event publication registry: the publication is
 * written with the change, stays while the listener has not completed, and is gone once it has.
 */
@ExtendWith(OutputCaptureExtension.class)
class ActivityLogIT extends IntegrationTest {

	private static final String OPEN_PUBLICATIONS = """
			select count(*) from event_publication where event_type like '%.ProgressRecorded'
			and listener_id like '%ActivityLog%' and serialized_event like ? and completion_date is null""";

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService users;

	@Test
	void progressRecordedIsLoggedOnlyAfterCommitAndItsPublicationIsKeptUntilThen(CapturedOutput output) {
		PlanFixtures plans = new PlanFixtures(jdbc);
		long plan = plans.plan(plans.locality("Activity Ward " + System.nanoTime()), 1);
		long action = plans.action(plan, "Fit the alley gates", LocalDate.now().minusDays(10), LocalDate.now().plusDays(10),
				"1", Instant.now());
		String logged = "Progress recorded on action " + action + " of plan " + plan + ": 0% to 40%, by head";
		String thisAction = "%\"actionId\":" + action + ",%";

		transactions.executeWithoutResult(status -> {
			recordProgress(action);
			// Not committed yet: the publication is written with the change, and the listener has not run.
			assertThat(jdbc.queryForObject(OPEN_PUBLICATIONS, Long.class, thisAction)).isOne();
			assertThat(output.getOut()).doesNotContain(logged);
		});

		await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
			assertThat(output.getOut()).contains(logged);
			assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?", Long.class,
					thisAction)).isZero();
		});
	}

	@Test
	void aRolledBackChangeLeavesNoPublicationAndNoLine(CapturedOutput output) throws Exception {
		PlanFixtures plans = new PlanFixtures(jdbc);
		long plan = plans.plan(plans.locality("Activity Ward " + System.nanoTime()), 1);
		long action = plans.action(plan, "Fit the alley gates", LocalDate.now().minusDays(10), LocalDate.now().plusDays(10),
				"1", Instant.now());

		transactions.executeWithoutResult(status -> {
			recordProgress(action);
			status.setRollbackOnly();
		});

		assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?", Long.class,
				"%\"actionId\":" + action + ",%")).isZero();
		Thread.sleep(500);
		assertThat(output.getOut()).doesNotContain("Progress recorded on action " + action + " ");
	}

	private void recordProgress(long action) {
		try {
			mvc.perform(post("/actions/{id}/progress", action).with(user(users.loadUserByUsername("head"))).with(csrf())
					.param("completion", "40").param("commentary", "Half the gates fitted").param("version", "0"))
				.andExpect(status().is3xxRedirection());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
