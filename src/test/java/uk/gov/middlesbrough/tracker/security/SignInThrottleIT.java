package uk.gov.middlesbrough.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

class SignInThrottleIT extends IntegrationTest {

	private static final String PASSWORD = "a perfectly good password";

	private String signIn(String username, String password) throws Exception {
		return mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", password))
			.andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void locksAUsernameAfterFiveFailuresEvenWithTheRightPasswordUntilTheLockoutPasses() throws Exception {
		jdbc.update("""
				insert into user_account (username, display_name, role, password_hash) values ('guessed.user', 'Guessed', 'VIEWER', ?)
				on conflict do nothing""", "{noop}" + PASSWORD);
		for (int i = 0; i < 4; i++) {
			assertThat(signIn("guessed.user", "wrong " + i)).isEqualTo("/sign-in?error");
		}
		assertThat(signIn("guessed.user", PASSWORD)).as("four failures do not lock").isEqualTo("/");
		for (int i = 0; i < 5; i++) {
			assertThat(signIn("guessed.user", "wrong again " + i)).isEqualTo("/sign-in?error");
		}
		assertThat(signIn("guessed.user", PASSWORD)).isEqualTo("/sign-in?locked");
		mvc.perform(get("/sign-in").param("locked", ""))
			.andExpect(content().string(containsString("too many failed attempts to sign in with this username. Wait 15 minutes")));

		jdbc.update("update sign_in_failure set failed_at = failed_at - interval '16 minutes' where username = 'guessed.user'");
		assertThat(signIn("guessed.user", PASSWORD)).isEqualTo("/");
		assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where username = 'guessed.user'", Integer.class)).isZero();
	}
}
