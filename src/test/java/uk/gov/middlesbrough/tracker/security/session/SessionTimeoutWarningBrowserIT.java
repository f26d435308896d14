package uk.gov.middlesbrough.tracker.security.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import uk.gov.middlesbrough.tracker.support.BrowserTest;

/**
 * GOV.UK's time-out warning on a session with a 24-second idle timeout (so it warns 12 seconds before): it opens
 * with focus on it, "Stay signed in" and Escape both restart the server's idle timeout, and when it runs out the page
 * signs out.
 */
class SessionTimeoutWarningBrowserIT extends BrowserTest {

	private static final Duration TINY_TIMEOUT = Duration.ofSeconds(24);

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Value("${spring.session.timeout}")
	Duration idleTimeout;

	@AfterEach
	void usualTimeoutAgain() {
		sessions.setDefaultMaxInactiveInterval(idleTimeout);
	}

	@Test
	void warnsBeforeTheIdleTimeoutKeepsTheUserSignedInWhenAskedAndSignsOutWhenItRunsOut() {
		sessions.setDefaultMaxInactiveInterval(TINY_TIMEOUT);
		signIn("head");
		WebElement dialog = driver.findElement(By.id("timeout-warning"));
		assertThat(dialog.getAttribute("data-timeout-seconds")).isEqualTo("24");
		assertThat(dialog.getAttribute("data-warning-seconds")).isEqualTo("12");
		assertThat(dialog.isDisplayed()).isFalse();

		waitUntil(d -> dialog.isDisplayed());
		assertThat(driver.switchTo().activeElement()).isEqualTo(dialog);
		assertThat(dialog.findElement(By.cssSelector("[data-countdown-announced]")).getAttribute("textContent"))
			.matches("For your security, we will sign you out in \\d+ seconds?\\.");
		assertAccessible();
		screenshot("session-timeout-warning");
		long lastRequest = lastAccessTime();
		dialog.findElement(By.cssSelector("[data-stay-signed-in]")).click();
		waitUntil(d -> !dialog.isDisplayed());
		waitUntil(d -> lastAccessTime() > lastRequest);

		waitUntil(d -> dialog.isDisplayed());
		long beforeEscape = lastAccessTime();
		dialog.sendKeys(Keys.ESCAPE);
		waitUntil(d -> !dialog.isDisplayed());
		waitUntil(d -> lastAccessTime() > beforeEscape);
		assertThat(currentPath()).isEqualTo("/");

		waitUntil(d -> currentPath().equals("/sign-in"));
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText()).contains("You have signed out");
		driver.get(url("/"));
		assertThat(currentPath()).isEqualTo("/sign-in");
	}

	private long lastAccessTime() {
		String id = new String(Base64.getDecoder().decode(driver.manage().getCookieNamed("SESSION").getValue()),
				StandardCharsets.US_ASCII);
		return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, id);
	}
}
