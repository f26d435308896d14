package uk.gov.middlesbrough.tracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page;

/**
 * An administrator issues an API token in the browser: the empty form shows its errors, the token is shown once (the
 * client's page never shows it), and the token is revoked after a confirmation. Axe on each page.
 */
class ApiClientsBrowserIT extends BrowserTest {

	@Test
	void anAdministratorIssuesATokenSeesItOnceAndRevokesIt() {
		String name = "Browser portal " + Long.toString(System.nanoTime(), 36);
		signIn("admin");
		visit("/");
		click(By.linkText("API clients"));
		assertAccessible();
		assertThat(heading()).isEqualTo("API clients");

		click(By.id("issue-token"));
		click(By.id("save"));
		assertAccessible();
		assertThat(errorSummary()).extracting(Page.ErrorLink::message)
			.containsExactly("Enter the name of the client", "Enter the organisation");

		driver.findElement(By.id("name")).sendKeys(name);
		driver.findElement(By.id("organisation")).sendKeys("Tees Valley Combined Authority");
		click(By.id("save"));
		assertAccessible();
		screenshot("api-clients-1-issued");
		assertThat(heading()).isEqualTo("Token issued");
		String token = driver.findElement(By.id("token")).getText();
		assertThat(token).startsWith("lwt_").hasSizeGreaterThan(40);
		assertThat(driver.findElement(By.cssSelector(".govuk-warning-text")).getText()).contains("will not be shown again");
		assertThat(jdbc.queryForObject("select token_hash from api_client where name = ?", String.class, name))
			.isEqualTo(ApiTokens.hash(token));

		click(By.id("to-client"));
		assertAccessible();
		assertThat(heading()).isEqualTo(name);
		assertThat(driver.getPageSource()).doesNotContain(token);
		assertThat(driver.findElement(By.id("no-calls")).getText()).contains("No calls");

		click(By.id("revoke"));
		assertAccessible();
		assertThat(heading()).isEqualTo("Are you sure you want to revoke this token?");
		click(By.id("confirm-revoke"));
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".govuk-notification-banner")));
		assertAccessible();
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("The token of " + name + " has been revoked");
		assertThat(all(By.id("revoke"))).isEmpty();
		assertThat(jdbc.queryForObject("select revoked_at is not null from api_client where name = ?", Boolean.class, name))
			.isTrue();

		visit("/admin/api-clients");
		assertAccessible();
		assertThat(driver.findElement(By.id("api-clients")).getText()).contains(name, "Revoked");
	}
}
