package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page;

/**
 * The head of service signs off a locality's police figures for a month in the browser: the empty form shows its
 * errors, and the signed-off month is listed (the refusal of a later change is FigureSignOffIT's). Axe on each page.
 */
class SignOffBrowserIT extends BrowserTest {

	@Test
	void theHeadSignsOffAMonthFromTheLocalitysPage() {
		IndicatorFixtures fixtures = new IndicatorFixtures(jdbc);
		String suffix = Long.toString(System.nanoTime(), 36);
		long indicator = fixtures.indicator("browser-signed-" + suffix, "COUNT", "LOWER_IS_BETTER", null, "1");
		String source = "Police browser " + suffix;
		jdbc.update("update indicator set source = ? where id = ?", source, indicator);
		long locality = fixtures.locality("Browser signed " + suffix);
		fixtures.figure(indicator, locality, LocalDate.of(2022, 4, 30), "40", "Police return", Instant.parse("2022-05-10T09:00:00Z"));

		signIn("head");
		visit("/localities/" + locality);
		click(By.id("locality-sign-off"));
		assertAccessible();
		assertThat(heading()).isEqualTo("Sign-off of figures");
		assertThat(driver.findElement(By.id("no-sign-offs")).getText()).contains("No figures have been signed off");

		click(By.id("sign-off"));
		assertAccessible();
		assertThat(errorSummary()).extracting(Page.ErrorLink::message)
			.containsExactly("Choose the source of the figures", "Choose the month or quarter");

		new Select(driver.findElement(By.id("source"))).selectByVisibleText(source);
		new Select(driver.findElement(By.id("period"))).selectByVisibleText("April 2022");
		click(By.id("sign-off"));
		assertAccessible();
		screenshot("sign-off-1-signed");
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Figures from " + source + " for April 2022 are signed off.");
		assertThat(driver.findElement(By.cssSelector("#sign-offs tbody tr")).getText()).startsWith("April 2022 " + source);

		useMobileWidth();
		visit("/localities/" + locality + "/sign-off");
		assertNoSidewaysScrolling();
		screenshot("sign-off-2-mobile");
	}
}
