package uk.gov.middlesbrough.tracker.security;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import uk.gov.middlesbrough.tracker.support.DemoAuthenticator;
import uk.gov.middlesbrough.tracker.support.Page;

/** The sign-in form at /sign-in. */
public class SignInPage extends Page {

	public SignInPage(WebDriver driver) {
		super(driver);
	}

	/** Fills in and submits the form, then waits for whatever page comes next (home, or the form again). */
	public void signIn(String username, String password) {
		type(By.id("username"), username);
		type(By.id("password"), password);
		clickAndWaitForNextPage(By.id("sign-in"));
		if (!driver.getCurrentUrl().contains("/sign-in") && driver.findElements(By.id("signed-in")).isEmpty()) {
			// Sent after the password to a page remembered from before (one this role may not open): the code first.
			driver.get(driver.getCurrentUrl().replaceFirst("(https?://[^/]+).*", "$1/sign-in/code"));
		}
		if (driver.getCurrentUrl().contains("/sign-in/code")) {
			giveCode(DemoAuthenticator.code());
		}
	}

	/** The second step: types a code (from the authenticator app, or a recovery code) and continues. */
	public void giveCode(String code) {
		type(By.id("code"), code);
		clickAndWaitForNextPage(By.id("continue"));
	}

	public boolean usernameMarkedWrong() {
		return isShown(By.id("username-error"))
				&& driver.findElement(By.id("username")).getDomAttribute("class").contains("govuk-input--error");
	}
}
