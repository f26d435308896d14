package uk.gov.middlesbrough.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.gov.middlesbrough.tracker.locality.LocalityFormPage;
import uk.gov.middlesbrough.tracker.security.SignInPage;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page;
import uk.gov.middlesbrough.tracker.support.Page.ErrorLink;

/**
 * Every page, opened in Chromium and checked with axe ({@link #visit} fails on serious or critical problems),
 * with screenshots in target/screenshots. The main pages are also checked at a phone's width, where the page
 * must not scroll sideways.
 */
class PagesAccessibilityBrowserIT extends BrowserTest {

	@Test
	void signInPageIsAccessibleBeforeAndAfterAFailedAttempt() {
		visit("/sign-in");
		screenshot("sign-in");
		assertThat(heading()).isEqualTo("Sign in");
		assertThat(all(By.id("signed-in"))).isEmpty();

		SignInPage signInPage = new SignInPage(driver);
		signInPage.signIn("viewer", "not-the-password");
		assertAccessible();
		screenshot("sign-in-failed");
		assertThat(currentPath()).isEqualTo("/sign-in");
		assertThat(signInPage.title()).startsWith("Error: Sign in");
		assertThat(signInPage.errorSummary()).containsExactly(new ErrorLink("Enter a correct username and password", "#username"));
		assertThat(signInPage.usernameMarkedWrong()).isTrue();
	}

	@Test
	void signedOutPageIsAccessible() {
		signIn("viewer");
		signOut();
		assertAccessible();
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner--success")).getText())
			.contains("You have signed out");
		assertThat(all(By.id("signed-in"))).isEmpty();
	}

	@Test
	void homePageIsAccessibleForAnAdministratorAtDesktopAndPhoneWidths() {
		signIn("admin");
		visit("/");
		screenshot("home-admin-desktop");
		assertThat(heading()).isEqualTo("Welcome, Demo Administrator");
		assertThat(driver.findElement(By.id("signed-in")).getText()).contains("Demo Administrator", "Administrator");
		assertThat(all(By.cssSelector("#home-localities a"))).extracting(WebElement::getText)
			.contains("Newport", "North Ormesby", "Hemlington");

		useMobileWidth();
		visit("/");
		screenshot("home-admin-mobile");
		assertNoSidewaysScrolling();
	}

	@Test
	void homePageIsAccessibleForANeighbourhoodManagerAndLeadsToTheirLocality() {
		signIn("newport.manager");
		visit("/");
		screenshot("home-newport-manager");
		assertThat(driver.findElement(By.id("own-locality")).getText()).isEqualTo("Newport");
		click(By.id("own-locality"));
		assertAccessible();
		assertThat(heading()).isEqualTo("Newport");
	}

	@Test
	void localityPagesAreAccessibleAtDesktopAndPhoneWidths() {
		long id = localityId("North Ormesby");
		signIn("admin");

		visit("/localities");
		screenshot("localities-desktop");
		assertThat(all(By.cssSelector("#localities tbody tr"))).hasSizeGreaterThanOrEqualTo(3);
		visit("/localities/" + id);
		screenshot("locality-desktop");
		assertThat(heading()).isEqualTo("North Ormesby");
		visit("/localities/new");
		screenshot("locality-new-desktop");
		assertThat(heading()).isEqualTo("Add a locality");
		visit("/localities/" + id + "/edit");
		screenshot("locality-edit-desktop");
		assertThat(heading()).isEqualTo("Change locality details");
		assertThat(new LocalityFormPage(driver).ward()).isEqualTo("North Ormesby");

		useMobileWidth();
		visit("/localities");
		screenshot("localities-mobile");
		assertNoSidewaysScrolling();
		visit("/localities/" + id);
		screenshot("locality-mobile");
		assertNoSidewaysScrolling();
		visit("/localities/" + id + "/edit");
		screenshot("locality-edit-mobile");
		assertNoSidewaysScrolling();
	}

	@Test
	void userAdministrationPagesAreAccessibleIncludingTheFormsErrors() {
		signIn("admin");

		visit("/admin/users");
		screenshot("users");
		assertThat(all(By.cssSelector("#users tbody th a"))).extracting(WebElement::getText)
			.contains("admin", "head", "viewer");
		visit("/admin/users/new");
		screenshot("user-new");
		assertThat(heading()).isEqualTo("Add a user");
		click(By.id("save"));
		assertAccessible();
		screenshot("user-new-with-errors");
		assertThat(driver.getTitle()).startsWith("Error: Add a user");
		assertThat(errorSummary()).extracting(ErrorLink::href)
			.contains("#username", "#displayName", "#role", "#password");
		visit("/admin/users/" + userId("viewer"));
		screenshot("user-viewer");
		assertThat(heading()).isEqualTo("viewer");
	}

	@Test
	void accountPageIsAccessible() {
		signIn("newport.manager");
		visit("/account");
		screenshot("account");
		assertThat(heading()).isEqualTo("Your account");
		assertThat(driver.findElement(By.id("account-details")).getText()).contains("newport.manager", "Newport");

		// A badly typed address is refused beside the field; a good one is kept.
		driver.findElement(By.id("email")).clear();
		driver.findElement(By.id("email")).sendKeys("newport.manager at example");
		click(By.id("save-email"));
		assertAccessible();
		assertThat(errorSummary()).extracting(Page.ErrorLink::message)
			.containsExactly("Enter an email address in the correct format, like name@example.org");
		driver.findElement(By.id("email")).clear();
		driver.findElement(By.id("email")).sendKeys("Newport.Manager@Example.org");
		click(By.id("save-email"));
		assertThat(jdbc.queryForObject("select email from user_account where username = 'newport.manager'", String.class))
			.isEqualTo("newport.manager@example.org");

		click(By.id("reminders-link"));
		assertAccessible();
		screenshot("account-reminders");
		assertThat(heading()).isEqualTo("Email reminders");
		assertThat(driver.findElement(By.id("reminder-address")).getText()).contains("newport.manager@example.org");
		driver.findElement(By.cssSelector("input[name=frequency][value=WEEKLY]")).click();
		click(By.id("save-reminders"));
		assertAccessible();
		assertThat(driver.findElement(By.cssSelector("input[name=frequency][value=WEEKLY]")).isSelected()).isTrue();
		assertThat(jdbc.queryForObject("""
				select p.frequency from reminder_preference p join user_account u on u.id = p.user_account_id
				where u.username = 'newport.manager'""", String.class)).isEqualTo("WEEKLY");
	}

	@Test
	void auditTrailIsAccessible() {
		signIn("head");
		visit("/audit");
		screenshot("audit");
		assertThat(heading()).isEqualTo("Audit trail");
		assertThat(all(By.cssSelector("#audit tbody tr"))).as("at least this sign-in").isNotEmpty();

		useMobileWidth();
		visit("/audit");
		screenshot("audit-mobile");
		assertNoSidewaysScrolling();
	}

	@Test
	void auditTrailFilterWithAnImpossibleDateIsAccessible() {
		signIn("head");
		visit("/audit?from.day=31&from.month=2&from.year=2026");
		screenshot("audit-bad-date");
		assertThat(driver.getTitle()).startsWith("Error: Audit trail");
		assertThat(errorSummary()).extracting(ErrorLink::href).containsExactly("#from");
		assertThat(driver.findElement(By.cssSelector("#audit-filters fieldset")).getDomAttribute("aria-describedby"))
			.isEqualTo("from-hint from-error");
		assertThat(driver.findElement(By.id("from-error")).getText()).contains("The date to show changes from must be a real date");
	}

	@Test
	void permissionNotFoundAndErrorPagesAreAccessible() {
		signIn("newport.manager");
		visit("/admin/users");
		screenshot("error-403");
		assertThat(heading()).isEqualTo("You do not have permission to do this");
		visit("/no-such-page");
		screenshot("error-404");
		assertThat(heading()).isEqualTo("Page not found");
		// A request the service cannot read (400), and the page for any other error, through the same layout.
		visit("/localities/not-a-number/dashboard");
		screenshot("error-400");
		assertThat(heading()).isEqualTo("Sorry, there is a problem with your request");
		// An as-of date outside the service's years in a web address: the same page, saying which dates are accepted.
		visit("/localities/" + localityId("Newport") + "/dashboard/export?asOf=1999-12-31");
		screenshot("error-400-as-of-range");
		assertThat(heading()).isEqualTo("Sorry, there is a problem with your request");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("1 January 2000");
		visit("/error");
		screenshot("error-other");
		assertThat(heading()).isEqualTo("Sorry, there is a problem with the service");
	}
}
