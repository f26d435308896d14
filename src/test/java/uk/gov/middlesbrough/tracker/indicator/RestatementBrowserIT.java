package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/**
 * Issue 16's browser journey: the head of service signs off April's police figures, a correction of April is refused
 * on the figure form, the restatement it offers is asked for with a reason and approved, the figure reads the new
 * value, and the changes since the last issued pack list it under "Restated since the last pack". Axe on each page.
 */
class RestatementBrowserIT extends BrowserTest {

	@Test
	void aSignedOffFigureIsRestatedOnlyWithTheHeadsApprovalAndTheNextPackListsIt() {
		IndicatorFixtures fixtures = new IndicatorFixtures(jdbc);
		String suffix = Long.toString(System.nanoTime(), 36);
		long indicator = fixtures.indicator("browser-restated-" + suffix, "COUNT", "LOWER_IS_BETTER", null, "1");
		String source = "Police restated " + suffix;
		jdbc.update("update indicator set source = ? where id = ?", source, indicator);
		long locality = fixtures.locality("Browser restated " + suffix);
		fixtures.figure(indicator, locality, LocalDate.of(2022, 4, 30), "40", "Police return", Instant.parse("2022-05-10T09:00:00Z"));
		long meeting = jdbc.queryForObject("""
				insert into panel_meeting (panel, meeting_date, topic, locality_ids) values (?, date '2022-06-06', 'Restated', array[?])
				returning id""", Long.class, "Restatement panel " + suffix, locality);
		long pack = jdbc.queryForObject("""
				insert into pack (panel_meeting_id, as_of, status, production, generated_at, generated_by, issued_at, issued_by,
				                  produced_cutoff)
				values (?, date '2022-05-31', 'ISSUED', 'READY', now(), 'scrutiny', now(), 'scrutiny', now())
				returning id""", Long.class, meeting);

		signIn("head");
		visit("/localities/" + locality + "/sign-off");
		new Select(driver.findElement(By.id("source"))).selectByVisibleText(source);
		new Select(driver.findElement(By.id("period"))).selectByVisibleText("April 2022");
		click(By.id("sign-off"));

		visit("/indicators/" + indicator + "?locality=" + locality);
		assertThat(driver.findElement(By.cssSelector("#figures-" + locality + " tbody tr")).getText()).contains("Signed off")
			.contains("From " + source + ".");
		new Select(driver.findElement(By.id("localityId"))).selectByValue(String.valueOf(locality));
		driver.findElement(By.id("period")).sendKeys("30");
		driver.findElement(By.id("period-month")).sendKeys("4");
		driver.findElement(By.id("period-year")).sendKeys("2022");
		driver.findElement(By.id("value")).sendKeys("43");
		click(By.id("save-figure"));
		assertAccessible();
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText()).contains("This figure’s period is signed off");
		screenshot("restatement-1-refused");

		click(By.id("ask-restatement"));
		assertAccessible();
		assertThat(heading()).isEqualTo("Ask for a restatement");
		assertThat(driver.findElement(By.id("current-value")).getText()).isEqualTo("40");
		driver.findElement(By.id("value")).sendKeys("43");
		driver.findElement(By.id("reason")).sendKeys("Three incidents recorded late by the force");
		click(By.id("ask"));
		assertAccessible();
		assertThat(driver.findElement(By.id("decision")).getText()).isEqualTo("Waiting for approval");
		screenshot("restatement-2-asked");

		// The head's "your work" counts it against the locality, linking to the register.
		visit("/");
		assertThat(driver.findElement(By.id("work-by-locality")).getText()).contains("Restatements to decide");
		screenshot("restatement-2-home-head");
		driver.navigate().back();

		click(By.id("approve"));
		assertAccessible();
		assertThat(driver.findElement(By.id("decision")).getText()).isEqualTo("Approved");
		assertThat(driver.findElement(By.id("old-value")).getText()).isEqualTo("40");
		assertThat(driver.findElement(By.id("new-value")).getText()).isEqualTo("43");

		visit("/restatements");
		assertAccessible();
		assertThat(driver.findElement(By.cssSelector("#restatements tbody")).getText())
			.contains("Three incidents recorded late by the force").contains("Approved");
		screenshot("restatement-3-register");

		visit("/indicators/" + indicator + "?locality=" + locality);
		assertThat(driver.findElement(By.cssSelector("#figures-" + locality + " tbody tr")).getText()).contains("43")
			.contains("as a restatement the head of service approved");
		screenshot("restatement-3-indicator-provenance");

		visit("/audit");
		assertThat(driver.findElement(By.id("main-content")).getText()).contains("Restatement of")
			.contains("Sign-off of " + source + " figures");
		screenshot("restatement-3-audit");

		visit("/packs/" + pack + "/changes");
		assertAccessible();
		String changes = driver.findElement(By.id("main-content")).getText();
		assertThat(changes).contains("Restated since the last pack").contains("Three incidents recorded late by the force");
		screenshot("restatement-4-pack-changes");
	}
}
