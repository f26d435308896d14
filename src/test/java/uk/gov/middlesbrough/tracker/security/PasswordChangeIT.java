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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/** Passwords an administrator sets are changed at first sign-in; old bcrypt hashes become Argon2id at sign-in. */
class PasswordChangeIT extends IntegrationTest {

	private static final String FIRST_PASSWORD = "given by the administrator";
	private static final String OWN_PASSWORD = "marmalade kettle lighthouse";

	@Autowired
	UserDetailsService users;

	@Test
	void aNewUserMustChooseTheirOwnPasswordBeforeAnythingElse() throws Exception {
		mvc.perform(post("/admin/users").with(user(users.loadUserByUsername("admin"))).with(csrf())
				.param("username", "first.timer").param("displayName", "First Timer").param("role", "VIEWER")
				.param("password", FIRST_PASSWORD))
			.andExpect(status().is3xxRedirection());
		Cookie session = signIn("first.timer", FIRST_PASSWORD);

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/localities").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/account/email").cookie(session).with(csrf()).param("email", "first@example.org"))
			.andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/css/app.css").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/account/password").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose your own password")));

		changePassword(session, "password1234")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#password\">Choose a password that is not a commonly used password</a>")));
		changePassword(session, "First.Timer's own words")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#password\">Password must not contain the username</a>")));
		changePassword(session, OWN_PASSWORD).andExpect(redirectedUrl("/"));

		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
		assertThat(mustChange("first.timer")).isFalse();
		signIn("first.timer", OWN_PASSWORD);
	}

	@Test
	void aPasswordResetByAnAdministratorMustBeChangedButOneTheyResetForThemselvesNeedNot() throws Exception {
		jdbc.update("""
				insert into user_account (username, display_name, role, password_hash) values ('reset.target', 'Reset', 'VIEWER', ?)
				on conflict (username) do nothing""", "{noop}" + OWN_PASSWORD);
		var admin = users.loadUserByUsername("admin");
		mvc.perform(post("/admin/users/{id}/password", userId("reset.target")).with(user(admin)).with(csrf())
				.param("password", FIRST_PASSWORD));
		assertThat(mustChange("reset.target")).isTrue();
		mvc.perform(get("/").cookie(signIn("reset.target", FIRST_PASSWORD))).andExpect(redirectedUrl("/account/password"));

		String adminHash = jdbc.queryForObject("select password_hash from user_account where username = 'admin'", String.class);
		try {
			mvc.perform(post("/admin/users/{id}/password", userId("admin")).with(user(admin)).with(csrf())
					.param("password", FIRST_PASSWORD));
			assertThat(mustChange("admin")).isFalse();
		}
		finally {
			jdbc.update("update user_account set password_hash = ? where username = 'admin'", adminHash);
		}
	}

	@Test
	void aBcryptHashBecomesArgon2idAtTheNextSignInWithoutChangingTheAccountsVersion() throws Exception {
		jdbc.update("""
				insert into user_account (username, display_name, role, password_hash) values ('old.hash', 'Old', 'VIEWER', ?)
				on conflict (username) do nothing""", "{bcrypt}" + new BCryptPasswordEncoder().encode(OWN_PASSWORD));
		long version = jdbc.queryForObject("select version from user_account where username = 'old.hash'", Long.class);

		signIn("old.hash", OWN_PASSWORD);

		assertThat(jdbc.queryForObject("select password_hash from user_account where username = 'old.hash'", String.class))
			.startsWith("{argon2id}$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(jdbc.queryForObject("select version from user_account where username = 'old.hash'", Long.class))
			.isEqualTo(version);
		signIn("old.hash", OWN_PASSWORD);
	}

	private org.springframework.test.web.servlet.ResultActions changePassword(Cookie session, String password) throws Exception {
		return mvc.perform(post("/account/password").cookie(session).with(csrf())
				.param("currentPassword", FIRST_PASSWORD).param("password", password));
	}

	private boolean mustChange(String username) {
		return jdbc.queryForObject("select must_change_password from user_account where username = ?", Boolean.class, username);
	}

	private Cookie signIn(String username, String password) throws Exception {
		MockHttpServletResponse response = mvc.perform(post("/sign-in").with(csrf())
				.param("username", username).param("password", password)).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).as("sign-in of " + username).isEqualTo("/");
		return response.getCookie("SESSION");
	}
}
