package uk.gov.middlesbrough.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/** The head of service compares the two pilots, as of a past date, and downloads the table. */
class CompareLocalitiesBrowserIT extends BrowserTest {

	@Test
	void headComparesThePilotsAsOfAPastDateAndDownloadsTheCsv() throws Exception {
		signIn("head");
		visit("/");
		screenshot("home-head");
		click(By.id("compare-link"));
		assertAccessible();

		checkLocality("Newport");
		checkLocality("North Ormesby");
		click(By.id("compare"));
		assertAccessible();
		screenshot("compare-today");
		String today = driver.findElement(By.id("compare-plans")).getText();
		assertThat(today).contains("Newport", "North Ormesby", "Making People Feel Safe", "Better Outcomes for Children");
		assertThat(all(By.id("past-view"))).isEmpty();

		driver.findElement(By.id("asOf")).sendKeys("31");
		driver.findElement(By.id("asOf-month")).sendKeys("3");
		driver.findElement(By.id("asOf-year")).sendKeys("2022");
		click(By.id("compare"));
		assertAccessible();
		screenshot("compare-as-of-2022-03-31");
		assertThat(driver.findElement(By.id("past-view")).getText()).contains("31 March 2022");
		assertThat(driver.findElement(By.id("compare-plans-heading")).getText()).isEqualTo("Action plans as of 31 March 2022");
		assertThat(driver.findElement(By.id("compare-plans")).getText()).isNotEqualTo(today);

		Path csv = download(By.linkText("Download as CSV"));
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		assertThat(csv.getFileName().toString()).isEqualTo("action-plans-compared-2022-03-31.csv");
		assertThat(text).contains("Locality,Plan,Completion (%)").contains("Newport,Making People Feel Safe")
			.contains("North Ormesby,Making People Feel Safe");

		useMobileWidth();
		driver.navigate().refresh();
		assertAccessible();
		screenshot("compare-mobile");
	}

	private void checkLocality(String name) {
		driver.findElements(By.cssSelector("#compare-form .govuk-checkboxes__item")).stream()
			.filter(item -> item.getText().strip().equals(name))
			.findFirst().orElseThrow()
			.findElement(By.tagName("label")).click();
	}
}
