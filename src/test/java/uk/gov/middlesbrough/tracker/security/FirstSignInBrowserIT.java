package uk.gov.middlesbrough.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page.ErrorLink;

/** A user whose password an administrator set chooses their own at first sign-in; the too-many-attempts message. */
class FirstSignInBrowserIT extends BrowserTest {

	private static final String GIVEN = "set by the administrator";

	@Test
	void aNewUserChoosesTheirOwnPasswordBeforeSeeingAnything() {
		jdbc.update("""
				insert into user_account (username, display_name, role, password_hash, must_change_password)
				values ('browser.first', 'Browser First', 'VIEWER', ?, true)
				on conflict (username) do update set password_hash = excluded.password_hash, must_change_password = true""",
				"{noop}" + GIVEN);
		driver.get(url("/sign-in"));
		new SignInPage(driver).signIn("browser.first", GIVEN);

		assertThat(currentPath()).isEqualTo("/account/password");
		assertThat(heading()).isEqualTo("Choose your own password");
		assertAccessible();
		screenshot("first-sign-in-choose-password");

		choose("password1234");
		assertThat(driver.getTitle()).startsWith("Error: Choose your own password");
		assertThat(errorSummary()).containsExactly(
				new ErrorLink("Choose a password that is not a commonly used password", "#password"));
		assertAccessible();
		screenshot("first-sign-in-common-password");

		choose("bright orange tramlines at dusk");
		assertThat(currentPath()).isEqualTo("/");
		assertThat(driver.findElement(By.id("main-content")).getText()).contains("Your password has been changed");
	}

	@Test
	void tooManyAttemptsSaysSoInWords() {
		visit("/sign-in?tooMany");
		assertThat(errorSummary()).containsExactly(new ErrorLink(
				"There have been too many attempts to sign in from this device or with this username. Wait 1 minute, then try again",
				"#username"));
		screenshot("sign-in-too-many");
	}

	private void choose(String password) {
		driver.findElement(By.id("currentPassword")).sendKeys(GIVEN);
		driver.findElement(By.id("password")).sendKeys(password);
		click(By.id("change-password"));
	}
}
