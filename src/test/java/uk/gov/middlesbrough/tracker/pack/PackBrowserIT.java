package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/** The scrutiny officer adds a meeting and produces and issues its pack; a panel member downloads it. */
class PackBrowserIT extends BrowserTest {

	@Test
	void scrutinyOfficerProducesAndIssuesAPackThatAPanelMemberDownloads() throws Exception {
		signIn("scrutiny");
		visit("/meetings");
		screenshot("meetings");
		assertThat(driver.findElement(By.id("meetings")).getText()).contains(DemoPack.TOPIC);
		click(By.id("add-meeting"));
		assertAccessible();
		click(By.id("save"));
		assertAccessible();
		screenshot("meeting-new-with-errors");
		assertThat(errorSummary()).extracting(link -> link.message())
			.contains("Enter the date of the meeting", "Enter the topic", "Select at least one locality");

		String topic = "Browser pack " + System.nanoTime();
		driver.findElement(By.id("meetingDate")).sendKeys("3");
		driver.findElement(By.id("meetingDate-month")).sendKeys("10");
		driver.findElement(By.id("meetingDate-year")).sendKeys("2022");
		driver.findElement(By.id("topic")).sendKeys(topic);
		driver.findElements(By.cssSelector(".govuk-checkboxes__item")).stream()
			.filter(item -> item.getText().strip().equals("North Ormesby")).findFirst().orElseThrow()
			.findElement(By.tagName("label")).click();
		click(By.id("save"));
		assertAccessible();
		String meetingPath = currentPath();

		driver.findElement(By.id("asOf")).clear();
		driver.findElement(By.id("asOf")).sendKeys("30");
		driver.findElement(By.id("asOf-month")).clear();
		driver.findElement(By.id("asOf-month")).sendKeys("9");
		driver.findElement(By.id("asOf-year")).clear();
		driver.findElement(By.id("asOf-year")).sendKeys("2022");
		click(By.id("produce"));
		assertAccessible();
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText()).contains("Draft pack requested");
		// The pack is produced in the background: the status line follows it, and the link under it says when it is done
		// (unless it was done before the page was drawn).
		if (!all(By.cssSelector("[id^='progress-']")).isEmpty()) {
			assertThat(driver.findElement(By.cssSelector("[id^='progress-']")).getText())
				.matches("Waiting to be produced\\.|Step \\d+ of \\d+: .*|The pack is ready\\.");
			screenshot("meeting-pack-in-production");
			waitUntil(ExpectedConditions.textToBe(By.cssSelector("a[id^='refresh-']"), "Show the pack's files"));
			assertThat(driver.findElement(By.cssSelector("[id^='progress-']")).getText()).isEqualTo("The pack is ready.");
			click(By.cssSelector("a[id^='refresh-']"));
			assertAccessible();
		}
		screenshot("meeting-draft-pack");
		// Issuing goes through a check-your-answers page: the meeting, the date, the localities, the pages, who issues.
		click(By.cssSelector("a[id^='issue-']"));
		assertAccessible();
		screenshot("pack-issue-check");
		String check = driver.findElement(By.id("issue-check")).getText();
		assertThat(check).contains("Figures as recorded by the end of", "Issued by", "Demo Scrutiny Officer")
			.containsPattern("PDF\\s+\\d+ pages \\(panel-pack-.*\\.pdf\\)");
		// Going back changes nothing.
		click(By.id("cancel-issue"));
		assertThat(all(By.cssSelector("a[id^='issue-']"))).hasSize(1);
		click(By.cssSelector("a[id^='issue-']"));
		click(By.id("confirm-issue"));
		assertAccessible();
		screenshot("meeting-issued-pack");
		String checksum = driver.findElement(By.cssSelector(".app-checksum")).getText();
		assertThat(checksum).matches("SHA-256 checksum: [0-9a-f]{64}");
		assertThat(all(By.cssSelector("button[id^='regenerate-']"))).isEmpty();

		signOut();
		signIn("viewer");
		visit(meetingPath);
		assertThat(all(By.id("produce-form"))).isEmpty();
		Path pdf = download(By.cssSelector("a[id^='download-pdf-']"));
		assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
		assertThat(PackFiles.sha256(Files.readAllBytes(pdf))).isEqualTo(checksum.substring("SHA-256 checksum: ".length()));
		useMobileWidth();
		visit(meetingPath);
		screenshot("meeting-mobile");
		assertNoSidewaysScrolling();
	}
}
