package uk.gov.middlesbrough.tracker.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page.ErrorLink;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The scrutiny officer links the two actions that deliver a recommendation; it turns ready to report back when both
 * complete, and the page as of yesterday shows them as they stood then. The officer records a part acceptance with its
 * reasons and closes the recommendation with the panel's agreement.
 */
class ReportBackBrowserIT extends BrowserTest {

	private long review;

	@Test
	void aRecommendationLinkedToTwoActionsTurnsReadyToReportBackWhenTheyComplete() {
		long recommendation = recommendation("Report back review", "b", "Hold street surgeries and joint patrols in both pilots",
				RecommendationStatus.IN_PROGRESS);
		PlanFixtures plans = new PlanFixtures(jdbc);
		LocalDate today = LocalDate.now(AsOf.UK);
		long surgeries = plans.action(plans.plan(plans.locality("Report Back Ward A " + System.nanoTime()), 1),
				"Hold monthly street surgeries", today.minusDays(30), today.plusDays(30), "1",
				Instant.now().minus(Duration.ofDays(3)));
		long patrols = plans.action(plans.plan(plans.locality("Report Back Ward B " + System.nanoTime()), 2), "Run joint patrols",
				today.minusDays(30), today.plusDays(30), "1", Instant.now().minusSeconds(60));

		signIn("scrutiny");
		visit("/scrutiny/recommendations/" + recommendation);
		assertThat(driver.findElement(By.id("no-delivering-actions")).getText()).startsWith("No action is linked");
		link("not a number");
		assertThat(errorSummary()).containsExactly(new ErrorLink("Enter the action's number, for example 123", "#actionId"));
		assertAccessible();
		link(String.valueOf(surgeries));
		link(String.valueOf(patrols));
		assertThat(driver.findElement(By.id("delivering-actions")).getText()).contains("Hold monthly street surgeries",
				"Run joint patrols", "0%");
		assertThat(driver.findElements(By.id("ready-to-report-back"))).isEmpty();
		assertAccessible();
		screenshot("recommendation-delivering-actions");

		jdbc.update("update plan_action set completion = 100 where id in (?, ?)", surgeries, patrols);
		visit("/scrutiny/recommendations/" + recommendation);
		assertThat(driver.findElement(By.id("ready-to-report-back")).getText()).isEqualTo("Ready to report back");
		assertThat(driver.findElement(By.id("delivering-actions")).getText()).contains("Complete", "100%");
		screenshot("recommendation-ready-to-report-back");

		visit("/scrutiny/reviews/" + review);
		assertThat(driver.findElement(By.cssSelector(".app-ready-to-report-back")).getText()).isEqualTo("Ready to report back");

		// Yesterday the street surgeries (in a plan for three days, 30 days into 60) were at 0%, linked only today; the
		// patrols were not in a plan yet.
		visit("/scrutiny/recommendations/" + recommendation + "?asOf=" + today.minusDays(1));
		assertThat(driver.findElement(By.id("past-view")).getText()).contains("You are looking at a past view");
		assertThat(driver.findElement(By.id("delivering-actions")).getText()).contains("Hold monthly street surgeries", "0%",
				"Red", "Linked on").doesNotContain("Run joint patrols");
		assertThat(driver.findElements(By.id("ready-to-report-back"))).isEmpty();
		assertAccessible();
		screenshot("recommendation-delivering-actions-as-of-yesterday");
	}

	@Test
	void theOfficerRecordsAPartAcceptanceWithReasonsThenClosesItWithThePanelsAgreement() {
		long recommendation = recommendation("Decision review", "b(i)", "Fund each locality working area to meet demand",
				RecommendationStatus.NOT_STARTED);

		signIn("scrutiny");
		visit("/scrutiny/recommendations/" + recommendation + "/response");
		new ScrutinyForm(driver).choose("decision", "Partly accepted").choose("status", "Completed").submit("save");
		assertThat(errorSummary()).extracting(ErrorLink::href)
			.containsExactly("#decisionReasons", "#closureMeeting", "#closureAgreedOn");
		assertAccessible();
		screenshot("recommendation-response-decision-errors");

		new ScrutinyForm(driver).text("decisionReasons", "Partners fund their own staff; the council funds its own.")
			.choose("status", "In progress").submit("save");
		assertThat(driver.findElement(By.id("response")).getText()).contains("Partly accepted",
				"Partners fund their own staff; the council funds its own.");

		new ScrutinyForm(driver).date("updateOn", "20", "3", "2023").text("note", "Workshop held with the partners.")
			.choose("status", "Completed").text("closureMeeting", "Scrutiny panel, 20 March 2023")
			.date("closureAgreedOn", "20", "3", "2023").submit("add-progress");
		assertThat(driver.findElement(By.id("closure")).getText())
			.isEqualTo("Closed with the panel's agreement at Scrutiny panel, 20 March 2023 on 20 March 2023");
		assertThat(driver.findElement(By.id("timeline")).getText()).contains("Status: In progress to Completed",
				"Closed with the panel's agreement at Scrutiny panel, 20 March 2023 on 20 March 2023",
				"Executive's decision: not recorded to Partly accepted", "Reasons for the decision changed");
		assertAccessible();
		screenshot("recommendation-closed-with-agreement");

		visit("/scrutiny/reviews/" + review);
		assertThat(driver.findElement(By.id("recommendation-b(i)")).getText()).contains("Partly accepted", "Completed",
				"Closed with the panel's agreement at Scrutiny panel, 20 March 2023 on 20 March 2023");
		assertAccessible();
		screenshot("tracker-decision-and-closure");
	}

	/** A recommendation added in July to a review of its own, which {@link #review} keeps. */
	private long recommendation(String topic, String reference, String text, RecommendationStatus status) {
		ScrutinyFixtures scrutiny = new ScrutinyFixtures(jdbc);
		review = scrutiny.review(topic + " " + System.nanoTime());
		return scrutiny.recommendation(review, reference, text, status, null, null, Instant.parse("2026-07-12T09:00:00Z"));
	}

	private void link(String number) {
		driver.findElement(By.id("actionId")).clear();
		driver.findElement(By.id("actionId")).sendKeys(number);
		click(By.id("link-action"));
	}
}
