package uk.gov.middlesbrough.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.DemoUsers;
import uk.gov.middlesbrough.tracker.support.DemoAuthenticator;
import uk.gov.middlesbrough.tracker.support.TestIdentityProvider;

/**
 * Signing in with the council's identity provider (an OpenID Connect server started for the test run), through a real
 * browser: the button on the sign-in page, the provider, and back to the app signed in as the account whose email
 * address the provider gave, with the role the app grants it.
 */
class CouncilSignInBrowserIT extends BrowserTest {

	private static final By COUNCIL_BUTTON = By.id("sign-in-council");

	@Autowired
	SignInOptions options;

	/** The demo address, which other tests may have cleared (the authorization matrix posts a blank one as every role). */
	@BeforeEach
	void headHasTheDemoAddress() {
		jdbc.update("update user_account set email = 'head@example.org' where username = 'head'");
	}

	@Test
	void signsInTheAccountWithTheProvidersEmailAddressWithTheRoleTheAppGrantsIt() {
		int signInsBefore = auditRows("SIGN_IN", "head");
		visit("/sign-in");
		assertThat(driver.findElement(COUNCIL_BUTTON).getText()).isEqualTo("Sign in with " + TestIdentityProvider.NAME);
		assertThat(all(By.id("password"))).as("the password form beside the button").hasSize(1);
		screenshot("sign-in-council");

		// The provider used its own multi-factor authentication (RFC 8176's "mfa" in amr), so no code is asked for here.
		TestIdentityProvider.nextSignIn("entra-object-id-head", Map.of("email", "Head@Example.ORG", "name", "Head of Service",
				"amr", List.of("pwd", "mfa")));
		click(COUNCIL_BUTTON);

		assertThat(currentPath()).isEqualTo("/");
		assertThat(driver.findElement(By.id("signed-in")).getText()).contains("Head of service");
		assertThat(driver.findElement(By.id("navigation")).getText()).as("a link only administrators and the head see")
			.contains("Audit trail");
		assertThat(auditRows("SIGN_IN", "head")).isEqualTo(signInsBefore + 1);
	}

	@Test
	void asksForTheAppsCodeWhenTheProviderDidNotUseASecondFactor() {
		driver.get(url("/sign-in"));
		TestIdentityProvider.nextSignIn("entra-object-id-head", Map.of("email", "head@example.org", "amr", List.of("pwd")));
		click(COUNCIL_BUTTON);

		assertThat(currentPath()).isEqualTo("/sign-in/code");
		assertThat(heading()).isEqualTo("Enter the code from your authenticator app");
		assertAccessible();
		screenshot("sign-in-code");
		new SignInPage(driver).giveCode("000000".equals(DemoAuthenticator.code()) ? "111111" : "000000");
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(errorSummary()).extracting(uk.gov.middlesbrough.tracker.support.Page.ErrorLink::href).containsExactly("#code");
		assertAccessible();
		screenshot("sign-in-code-wrong");
		new SignInPage(driver).giveCode(DemoAuthenticator.code());
		assertThat(currentPath()).isEqualTo("/");
		assertThat(driver.findElement(By.id("signed-in")).getText()).contains("Head of service");
	}

	@Test
	void refusesAnEmailAddressNoAccountHasWithoutCreatingOne() {
		int accountsBefore = jdbc.queryForObject("select count(*) from user_account", Integer.class);
		driver.get(url("/sign-in"));
		TestIdentityProvider.nextSignIn("entra-object-id-stranger", Map.of("email", "stranger@example.org"));
		click(COUNCIL_BUTTON);

		assertThat(currentPath()).isEqualTo("/sign-in/no-account");
		assertThat(heading()).isEqualTo("You do not have an account for this service");
		assertAccessible();
		screenshot("sign-in-no-account");
		assertThat(all(By.id("signed-in"))).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(accountsBefore);
		assertThat(jdbc.queryForObject("""
				select new_value from audit_event where kind = 'SIGN_IN_FAILED' and actor = 'stranger@example.org'
				order by id desc limit 1""", String.class)).isEqualTo("NoMatchingAccountException");
	}

	@Test
	void refusesAnAddressTheProviderSaysIsUnverifiedAndADisabledAccount() {
		driver.get(url("/sign-in"));
		TestIdentityProvider.nextSignIn("entra-object-id-head", Map.of("email", "head@example.org", "email_verified", false));
		click(COUNCIL_BUTTON);
		assertThat(currentPath()).isEqualTo("/sign-in/no-account");

		jdbc.update("""
				insert into user_account (username, display_name, role, password_hash, email, enabled)
				values ('left.council', 'Left Council', 'VIEWER', '{noop}unused password here', 'left.council@example.org', false)
				on conflict do nothing""");
		driver.get(url("/sign-in"));
		TestIdentityProvider.nextSignIn("entra-object-id-left", Map.of("email", "left.council@example.org"));
		click(COUNCIL_BUTTON);
		assertThat(currentPath()).isEqualTo("/sign-in/account-disabled");
		assertThat(heading()).isEqualTo("Your account has been disabled");
		assertThat(all(By.id("signed-in"))).isEmpty();
	}

	@Test
	void withLocalPasswordsSwitchedOffThePasswordFormGoesAndAPasswordSignInIsRefused() throws Exception {
		options.allowLocalPasswords(false);
		try {
			driver.get(url("/sign-in"));
			assertThat(all(COUNCIL_BUTTON)).hasSize(1);
			assertThat(all(By.id("username"))).isEmpty();
			assertThat(all(By.id("password"))).isEmpty();
			screenshot("sign-in-council-only");

			MockHttpServletResponse response = mvc.perform(post("/sign-in").with(csrf()).param("username", "head")
					.param("password", DemoUsers.PASSWORD)).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(403);
			assertThat(response.getRedirectedUrl()).isNull();
		}
		finally {
			options.allowLocalPasswords(true);
		}
		MockHttpServletResponse response = mvc.perform(post("/sign-in").with(csrf()).param("username", "head")
				.param("password", DemoUsers.PASSWORD)).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).as("passwords back on").isEqualTo("/");
	}

	private int auditRows(String kind, String actor) {
		return jdbc.queryForObject("select count(*) from audit_event where kind = ? and actor = ?", Integer.class, kind, actor);
	}
}
