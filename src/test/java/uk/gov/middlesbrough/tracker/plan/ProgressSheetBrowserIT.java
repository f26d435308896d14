package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The police plan lead updates all five of a plan's actions in one sitting: one form, one submit, and the plan's
 * RAG counts and completion follow. Run on a plan of its own, so the demo's figures stay as the papers give them.
 */
class ProgressSheetBrowserIT extends BrowserTest {

	@Test
	void thePoliceLeadUpdatesFiveActionsInOneSubmitAndTheRagAndCompletionChange() {
		PlanFixtures fixtures = new PlanFixtures(jdbc);
		long plan = fixtures.plan(fixtures.locality("Sheet Ward " + System.nanoTime()), 1);
		fixtures.lead(plan, "police.lead");
		// 100 days from 50 days ago: 50 % expected today, so each action at 0 % is Red.
		LocalDate today = LocalDate.now(AsOf.UK);
		List<String> names = List.of("Street surgeries", "Joint patrols", "Alley gates", "Mini Police", "Drugs week of action");
		for (String name : names) {
			fixtures.action(plan, name, today.minusDays(50), today.plusDays(50), "1", Instant.now().minusSeconds(3600));
		}

		signIn("police.lead");
		visit("/plans/" + plan);
		assertThat(driver.findElement(By.id("plan-rag-counts")).getText()).contains("Red: 5");
		click(By.id("update-progress"));
		assertAccessible();
		assertThat(heading()).isEqualTo("Update progress");
		assertThat(all(By.cssSelector("fieldset.app-progress-row legend")).stream().map(WebElement::getText).toList())
			.containsExactlyElementsOf(names);

		click(By.id("save-progress"));
		assertAccessible();
		assertThat(errorSummary()).extracting(Page.ErrorLink::message)
			.containsExactly("Enter the percentage complete and what has happened for at least one action, or go back to the plan");

		fill(0, "50", "Surgeries held in both parts of the ward");
		fill(1, "45", "Patrols every Friday evening");
		fill(2, "30", "Six of twenty gates fitted");
		fill(3, "10", "First school booked");
		fill(4, "100", "Week of action held; results to the panel");
		screenshot("progress-sheet-1-filled");
		click(By.id("save-progress"));
		assertAccessible();
		screenshot("progress-sheet-2-plan-after");

		assertThat(currentPath()).isEqualTo("/plans/" + plan);
		assertThat(driver.findElement(By.className("govuk-notification-banner")).getText()).contains("Progress saved on 5 actions");
		// Gaps to 50 % expected: 0 and 5 Green, 20 Amber, 40 Red; 100 % Complete. (50 + 45 + 30 + 10 + 100) / 5 = 47 %.
		assertThat(driver.findElement(By.id("plan-rag-counts")).getText())
			.contains("Green: 2", "Amber: 1", "Red: 1", "Complete: 1").doesNotContain("Red: 5");
		assertThat(driver.findElement(By.id("plan-completion")).getText()).contains("47");
		assertThat(driver.findElement(By.id("actions")).getText()).doesNotContain("No update this month");
	}

	private void fill(int row, String completion, String commentary) {
		driver.findElement(By.id("rows-" + row + "-completion")).sendKeys(completion);
		driver.findElement(By.id("rows-" + row + "-commentary")).sendKeys(commentary);
	}
}
