package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** Cancelling an action is never one click: a page says what changes and asks why, and the reason stays in the history. */
class ActionStatusBrowserIT extends BrowserTest {

	@Test
	void thePoliceLeadCancelsAnActionWithAReasonAndReinstatesIt() {
		PlanFixtures fixtures = new PlanFixtures(jdbc);
		long plan = fixtures.plan(fixtures.locality("Cancel Ward " + System.nanoTime()), 1);
		fixtures.lead(plan, "police.lead");
		LocalDate today = LocalDate.now(AsOf.UK);
		long kept = fixtures.action(plan, "Street surgeries", today.minusDays(50), today.plusDays(50), "1", Instant.now());
		fixtures.progress(kept, 60, Instant.now());
		long dropped = fixtures.action(plan, "Alley gates", today.minusDays(50), today.plusDays(50), "1", Instant.now());

		signIn("police.lead");
		visit("/actions/" + dropped);
		click(By.id("cancel-action"));
		assertAccessible();
		screenshot("action-cancel-1-confirm");
		assertThat(heading()).isEqualTo("Cancel this action?");
		// (60 + 0) / 2 = 30 % now; without it, 60 %. At 0 % of 50 % expected it is Red, so it leaves the DIG list.
		assertThat(driver.findElement(By.id("status-effect")).getText())
			.contains("The plan’s completion goes from 30.0% to 60.0%.", "It is Red, so it leaves the DIG list.");

		click(By.id("confirm-status"));
		assertAccessible();
		assertThat(errorSummary()).extracting(Page.ErrorLink::message).containsExactly("Say why");
		assertThat(jdbc.queryForObject("select status from plan_action where id = ?", String.class, dropped)).isEqualTo("ACTIVE");

		driver.findElement(By.id("reason")).sendKeys("The housing association is fitting the gates itself");
		click(By.id("confirm-status"));
		assertAccessible();
		assertThat(driver.findElement(By.id("timeline")).getText()).contains("Cancelled",
				"The housing association is fitting the gates itself");

		click(By.id("reinstate-action"));
		assertAccessible();
		assertThat(heading()).isEqualTo("Reinstate this action?");
		driver.findElement(By.id("reason")).sendKeys("The association withdrew");
		click(By.id("confirm-status"));
		assertThat(driver.findElement(By.id("timeline")).getText()).contains("Reinstated", "The association withdrew");
	}
}
