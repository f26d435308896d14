package uk.gov.middlesbrough.tracker.security.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.security.SignInPage;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.DemoAuthenticator;

class SecondFactorSetUpBrowserIT extends BrowserTest {

	private static final String PASSWORD = "a long enough passphrase";

	@Test
	void aNewHeadOfServiceSetsUpTheirAppAtFirstSignInAndKeepsTheirRecoveryCodes() {
		jdbc.update("delete from user_account where username = 'browser.mfa'");
		jdbc.update("insert into user_account (username, display_name, role, password_hash) values (?, ?, ?, ?)",
				"browser.mfa", "Browser MFA", "HEAD_OF_SERVICE", "{noop}" + PASSWORD);
		driver.get(url("/sign-in"));
		new SignInPage(driver).signIn("browser.mfa", PASSWORD);

		assertThat(currentPath()).isEqualTo("/sign-in/set-up");
		assertThat(heading()).isEqualTo("Set up your authenticator app");
		WebElement qr = driver.findElement(By.id("qr-code"));
		assertThat(qr.getDomAttribute("alt")).startsWith("QR code to add this service");
		assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return arguments[0].naturalWidth", qr)).intValue()).as("the QR code's SVG loads").isPositive();
		assertAccessible();
		screenshot("second-factor-set-up");
		String secret = driver.findElement(By.id("secret-key")).getText().replace(" ", "");

		new SignInPage(driver).giveCode("12345");
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(errorSummary()).extracting(uk.gov.middlesbrough.tracker.support.Page.ErrorLink::href).containsExactly("#code");
		assertAccessible();

		new SignInPage(driver).giveCode(DemoAuthenticator.code(secret, Instant.now()));
		assertThat(driver.findElement(By.className("govuk-panel__title")).getText()).isEqualTo("Your authenticator app is set up");
		assertThat(driver.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
		assertAccessible();
		screenshot("second-factor-recovery-codes");

		driver.findElement(By.id("continue")).click();
		waitUntil(d -> currentPath().equals("/"));
		driver.get(url("/account"));
		assertThat(driver.findElement(By.id("second-factor-status")).getText()).contains("Recovery codes left: 10");
		assertAccessible();
		screenshot("account-second-factor");
	}
}
