package uk.gov.middlesbrough.tracker.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page.ErrorLink;

/**
 * The tracker in Chromium with axe on every page (the list, a review's tracker, a recommendation, every form with its
 * errors), at desktop and phone widths, with screenshots in target/screenshots.
 */
class ScrutinyBrowserIT extends BrowserTest {

	@Test
	void aPanelMemberReadsTheDemoTrackerAndItsTwoFlaggedItems() throws Exception {
		signIn("viewer");
		visit("/");
		click(By.linkText("Scrutiny"));
		assertAccessible();
		screenshot("scrutiny-reviews");
		assertThat(heading()).isEqualTo("Scrutiny recommendations");
		assertThat(all(By.id("add-review"))).isEmpty();
		assertThat(driver.findElement(By.id("reviews")).getText()).contains("Response overdue: 1", "Report back due: 1");

		click(By.linkText("Locality Working from a Children's Services Perspective"));
		assertAccessible();
		screenshot("scrutiny-tracker");
		assertThat(driver.findElements(By.cssSelector("#tracker tbody tr"))).hasSize(13);
		assertThat(driver.findElement(By.id("recommendation-j")).getText()).contains("Director of Environment", "Jan 2023",
				"In progress", "Response overdue", "The target date, 31 January 2023, has passed");

		new ScrutinyForm(driver).select("flag", "Any flag");
		click(By.id("apply-filters"));
		assertAccessible();
		screenshot("scrutiny-tracker-flagged");
		assertThat(driver.findElements(By.cssSelector("#tracker tbody th"))).extracting(WebElement::getText).containsExactly("d", "j");
		assertThat(driver.findElement(By.id("showing")).getText()).isEqualTo("Showing 2 of 13 recommendations");
		Path csv = download(By.id("export-csv"));
		assertThat(Files.readAllLines(csv)).hasSize(3);

		click(By.linkText(driver.findElement(By.cssSelector("#recommendation-d a")).getText()));
		assertAccessible();
		screenshot("scrutiny-recommendation");
		assertThat(heading()).isEqualTo("Recommendation d");
		assertThat(driver.findElement(By.id("recommendation-flags")).getText()).contains("Report back due");
		assertThat(driver.findElement(By.id("timeline")).getText()).contains("Six months of figures presented to the panel.",
				"Status: In progress to Completed", "Report back to the panel: 31 March 2023 to ");
		assertThat(all(By.id("progress-form"))).isEmpty();

		useMobileWidth();
		visit("/scrutiny");
		screenshot("scrutiny-reviews-mobile");
		assertNoSidewaysScrolling();
		visit(currentPathOfTracker());
		screenshot("scrutiny-tracker-mobile");
		assertNoSidewaysScrolling();
		click(By.cssSelector("#recommendation-c a"));
		assertAccessible();
		screenshot("scrutiny-recommendation-mobile");
		assertNoSidewaysScrolling();
		assertThat(driver.findElement(By.id("response")).getText()).contains("No additional budget required", "£28.5k/annum", "30 September 2022")
			.doesNotContain("£28,500.00");
	}

	@Test
	void theScrutinyOfficerAddsAReviewARecommendationItsResponseAndProgressThroughFormsWithErrorsFirst() {
		signIn("scrutiny");
		visit("/scrutiny");
		click(By.id("add-review"));
		assertAccessible();
		click(By.id("save"));
		assertAccessible();
		screenshot("scrutiny-review-form-errors");
		assertThat(errorSummary()).containsExactly(new ErrorLink("Enter the scrutiny panel", "#panel"),
				new ErrorLink("Enter the topic of the review", "#topic"),
				new ErrorLink("Enter the date of the final report", "#finalReportOn"));

		String topic = "School readiness in Hemlington " + System.nanoTime();
		new ScrutinyForm(driver).text("panel", "Children and Young People's Learning Scrutiny Panel").text("topic", topic)
			.date("finalReportOn", "14", "3", "2024").date("responseOn", "2", "5", "2024").submit("save");
		assertAccessible();
		screenshot("scrutiny-tracker-empty");
		assertThat(heading()).isEqualTo(topic);
		assertThat(driver.findElement(By.id("no-recommendations")).getText()).isEqualTo("This review has no recommendations yet.");

		click(By.id("add-recommendation"));
		assertAccessible();
		new ScrutinyForm(driver).text("reference", "b(iv)x").submit("save");
		assertAccessible();
		screenshot("scrutiny-recommendation-form-errors");
		assertThat(errorSummary()).extracting(ErrorLink::href).containsExactly("#reference", "#text");

		new ScrutinyForm(driver).text("reference", "B (ii)")
			.text("text", "That Children's Centre registrations are promoted in a range of languages.").submit("save");
		assertAccessible();
		assertThat(heading()).isEqualTo("Recommendation b(ii)");
		assertThat(driver.findElement(By.id("no-response")).getText()).isEqualTo("No response has been recorded yet.");

		click(By.id("change-response"));
		assertAccessible();
		new ScrutinyForm(driver).text("proposedAction", "Promote registrations in the languages spoken in the area.")
			.text("budgetAmount", "lots").date("reportBackOn", "31", "2", "2025").submit("save");
		assertAccessible();
		screenshot("scrutiny-response-form-errors");
		assertThat(errorSummary()).extracting(ErrorLink::href).containsExactly("#budgetAmount", "#timescaleText", "#reportBackOn");

		useMobileWidth();
		assertAccessible();
		screenshot("scrutiny-response-form-errors-mobile");
		assertNoSidewaysScrolling();
		useDesktopWidth();

		new ScrutinyForm(driver).choose("status", "In progress").text("responsiblePost", "Head of Achievement")
			.text("budgetText", "No additional finances required").text("budgetAmount", "").text("timescaleText", "April 2025")
			.date("reportBackOn", "20", "5", "2025").submit("save");
		assertAccessible();
		assertThat(driver.findElement(By.id("response")).getText()).contains("April 2025", "30 April 2025", "20 May 2025",
				"Head of Achievement");
		assertThat(driver.findElement(By.id("recommendation-status")).getText()).isEqualTo("In progress");

		new ScrutinyForm(driver).text("note", "").submit("add-progress");
		assertAccessible();
		screenshot("scrutiny-progress-form-errors");
		assertThat(errorSummary()).containsExactly(new ErrorLink("Enter what has happened", "#note"));

		new ScrutinyForm(driver).date("updateOn", "2", "6", "2025")
			.text("note", "Registration leaflets translated and given out at the hub.").choose("status", "Completed")
			.text("closureMeeting", "Scrutiny panel, 2 June 2025").date("closureAgreedOn", "2", "6", "2025")
			.submit("add-progress");
		assertAccessible();
		screenshot("scrutiny-recommendation-after-progress");
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("Progress update added to recommendation b(ii). Its status is Completed.");
		assertThat(driver.findElement(By.id("timeline")).getText()).contains("Progress update of 2 June 2025",
				"Status: In progress to Completed", "Registration leaflets translated and given out at the hub.",
				"Status or response changed", "Recommendation added");
	}

	private String currentPathOfTracker() {
		return "/scrutiny/reviews/" + new ScrutinyFixtures(jdbc).demoReview();
	}
}
