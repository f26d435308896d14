package uk.gov.middlesbrough.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

class UserAdministrationIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	private UserDetails admin() {
		return users.loadUserByUsername("admin");
	}

	@Test
	void anAdministratorAddsAUserWhoCanThenSignIn() throws Exception {
		createUser("new.scrutiny", "SCRUTINY_OFFICER", null);
		Cookie session = signIn("new.scrutiny", "correct horse battery");
		chooseOwnPassword(session);
		mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Scrutiny officer")));
	}

	@Test
	void disablingAUserEndsTheirSessionsAtOnce() throws Exception {
		long id = createUser("soon.disabled", "VIEWER", null);
		Cookie session = signIn("soon.disabled", "correct horse battery");
		chooseOwnPassword(session);
		mvc.perform(get("/localities").cookie(session)).andExpect(status().isOk());
		assertThat(sessionsOf("soon.disabled")).isPositive();

		mvc.perform(post("/admin/users/{id}/disable", id).with(user(admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + id));

		assertThat(sessionsOf("soon.disabled")).isZero();
		mvc.perform(get("/localities").cookie(session)).andExpect(redirectedUrl("/sign-in"));
		MockHttpServletResponse again = mvc.perform(post("/sign-in").with(csrf())
				.param("username", "soon.disabled").param("password", "correct horse battery")).andReturn().getResponse();
		assertThat(again.getRedirectedUrl()).isEqualTo("/sign-in?error");
	}

	@Test
	void anEmailAddressNamesOneAccountBecauseTheCouncilsIdentityProviderSignsInByIt() throws Exception {
		jdbc.update("update user_account set email = username || '@example.org' where username in ('head', 'viewer')");
		mvc.perform(post("/account/email").with(user(users.loadUserByUsername("viewer"))).with(csrf())
				.param("email", "HEAD@example.org"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Another account already has this email address")));
		mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
				.param("username", "head.twin").param("displayName", "Head Twin").param("role", "VIEWER")
				.param("password", "correct horse battery").param("email", "head@example.org"))
			.andExpect(content().string(containsString("Another account already has this email address")));

		assertThat(jdbc.queryForObject("select email from user_account where username = 'viewer'", String.class))
			.isEqualTo("viewer@example.org");
		assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'head.twin'", Integer.class)).isZero();
	}

	@Test
	void aManagerMustBeBoundToALocality() throws Exception {
		mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
				.param("username", "manager.nowhere").param("displayName", "Nowhere").param("role", "NEIGHBOURHOOD_MANAGER")
				.param("password", "correct horse battery"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#localityId\">Select the locality this neighbourhood manager manages</a>")));
		assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'manager.nowhere'", Integer.class)).isZero();
	}

	@Test
	void refusesAShortPasswordAndABadUsername() throws Exception {
		mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
				.param("username", "Bad Name!").param("displayName", "Bad").param("role", "VIEWER").param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#username\">Username must be 2 to 60 lower case letters")))
			.andExpect(content().string(containsString("href=\"#password\">Password must be at least 12 characters</a>")));
	}

	@Test
	void anAdministratorCannotChangeTheirOwnRole() throws Exception {
		long adminId = userId("admin");
		long version = jdbc.queryForObject("select version from user_account where id = ?", Long.class, adminId);
		mvc.perform(post("/admin/users/{id}", adminId).with(user(admin())).with(csrf())
				.param("displayName", "Demo Administrator").param("role", "VIEWER").param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot change your own role")));
		assertThat(jdbc.queryForObject("select role from user_account where id = ?", String.class, adminId))
			.isEqualTo("ADMINISTRATOR");
	}

	@Test
	void anAdministratorCannotDisableThemselves() throws Exception {
		long adminId = userId("admin");
		mvc.perform(post("/admin/users/{id}/disable", adminId).with(user(admin())).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + adminId));
		assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, adminId)).isTrue();
	}

	@Test
	void changingARoleSignsTheUserOutSoTheNewRoleApplies() throws Exception {
		long id = createUser("changing.role", "VIEWER", null);
		Cookie session = signIn("changing.role", "correct horse battery");
		mvc.perform(post("/admin/users/{id}", id).with(user(admin())).with(csrf())
				.param("displayName", "Changing Role").param("role", "NEIGHBOURHOOD_MANAGER")
				.param("localityId", String.valueOf(localityId("Hemlington"))).param("version", "0"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(jdbc.queryForObject("select locality_id from user_account where id = ?", Long.class, id))
			.isEqualTo(localityId("Hemlington"));
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void aResetPasswordReplacesTheOldOne() throws Exception {
		long id = createUser("forgetful.lead", "PLAN_LEAD", null);
		mvc.perform(post("/admin/users/{id}/password", id).with(user(admin())).with(csrf())
				.param("password", "a brand new passphrase"))
			.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(mvc.perform(post("/sign-in").with(csrf()).param("username", "forgetful.lead")
				.param("password", "correct horse battery")).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/sign-in?error");
		signIn("forgetful.lead", "a brand new passphrase");
	}

	@Test
	void sessionsAreKeptInPostgresqlSoEveryNodeSharesThem() throws Exception {
		createUser("shared.session", "VIEWER", null);
		signIn("shared.session", "correct horse battery");
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'shared.session'",
				Integer.class)).isEqualTo(1);
	}

	private long createUser(String username, String role, Long localityId) throws Exception {
		var request = post("/admin/users").with(user(admin())).with(csrf())
			.param("username", username).param("displayName", "Test " + username).param("role", role)
			.param("password", "correct horse battery");
		if (localityId != null) {
			request.param("localityId", String.valueOf(localityId));
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		return userId(username);
	}

	/** Signs in through the real form and returns the Spring Session cookie. */
	private Cookie signIn(String username, String password) throws Exception {
		MockHttpServletResponse response = mvc.perform(post("/sign-in").with(csrf())
				.param("username", username).param("password", password)).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).as("sign-in of " + username).isEqualTo("/");
		Cookie cookie = response.getCookie("SESSION");
		assertThat(cookie).as("Spring Session cookie").isNotNull();
		return cookie;
	}

	/** A new user's first password was chosen by the administrator, so they choose their own first. */
	private void chooseOwnPassword(Cookie session) throws Exception {
		mvc.perform(post("/account/password").cookie(session).with(csrf())
				.param("currentPassword", "correct horse battery").param("password", "their own choice of words"))
			.andExpect(redirectedUrl("/"));
	}

		private int sessionsOf(String username) {
		return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class, username);
	}
}
