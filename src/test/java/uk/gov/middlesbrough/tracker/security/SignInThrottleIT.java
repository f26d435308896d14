package uk.gov.middlesbrough.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.PasswordHashings;

/**
 * Sign-in throttling with the default limits (20 attempts an address, 30 a username). Each test signs in from its own
 * documentation addresses (203.0.113.0/24), never the 127.0.0.1 the rest of the suite uses, and every bucket is
 * removed before and after.
 */
class SignInThrottleIT extends IntegrationTest {

	private static final String PASSWORD = "a perfectly good password";
	private static final String KNOWN = "throttle.known";
	private static final String UNKNOWN = "throttle.nobody";
	private static final String DISABLED = "throttle.disabled";

	@BeforeEach
	@AfterEach
	void emptyTheBuckets() {
		jdbc.update("delete from sign_in_bucket");
	}

	@BeforeEach
	void knownUsers() {
		jdbc.update("""
				insert into user_account (username, display_name, role, password_hash) values (?, 'Known', 'VIEWER', ?)
				on conflict (username) do update set password_hash = excluded.password_hash""", KNOWN, "{noop}" + PASSWORD);
		jdbc.update("""
				insert into user_account (username, display_name, role, password_hash, enabled) values (?, 'Disabled', 'VIEWER', ?, false)
				on conflict (username) do nothing""", DISABLED, "{noop}" + PASSWORD);
	}

	private MockHttpServletResponse attempt(String address, String username, String password) throws Exception {
		return mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", password)
				.with(request -> {
					request.setRemoteAddr(address);
					return request;
				}))
			.andReturn().getResponse();
	}

	/** Status, where it sends the browser, the headers' names and the body, for 21 wrong passwords in a row. */
	private List<String> answersToTwentyOneFailures(String address, String username) throws Exception {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			MockHttpServletResponse response = attempt(address, username, "wrong password " + i);
			answers.add(response.getStatus() + " " + response.getHeader("Location") + " " + response.getHeaderNames()
					+ " " + response.getContentAsString());
		}
		return answers;
	}

	@Test
	void knownAndUnknownUsernamesGetTheSameAnswersBeforeAndAfterTheLimit() throws Exception {
		List<String> known = answersToTwentyOneFailures("203.0.113.1", KNOWN);
		List<String> unknown = answersToTwentyOneFailures("203.0.113.2", UNKNOWN);

		assertThat(known).isEqualTo(unknown);
		assertThat(known.subList(0, 20)).allMatch(answer -> answer.startsWith("302 /sign-in?error "));
		assertThat(known.get(20)).startsWith("302 /sign-in?tooMany ");
		assertThat(attempt("203.0.113.1", KNOWN, PASSWORD).getRedirectedUrl())
			.as("over the address's limit even the right password is refused").isEqualTo("/sign-in?tooMany");
		mvc.perform(get("/sign-in").param("tooMany", ""))
			.andExpect(content().string(containsString(
					"There have been too many attempts to sign in from this device or with this username. Wait 1 minute, then try again")));
	}

	/** 30 wrong passwords for one username, each from an address of its own. */
	private void guessFromThirtyAddresses(String username) throws Exception {
		for (int i = 0; i < 30; i++) {
			assertThat(attempt("203.0.113." + (100 + i), username, "wrong password " + i).getRedirectedUrl())
				.isEqualTo("/sign-in?error");
		}
	}

	@Test
	void aUsernameIsLimitedAcrossAddressesWhetherOrNotItExists() throws Exception {
		guessFromThirtyAddresses(KNOWN);
		guessFromThirtyAddresses(UNKNOWN);

		assertThat(attempt("203.0.113.3", UNKNOWN, PASSWORD).getRedirectedUrl()).isEqualTo("/sign-in?tooMany");
		assertThat(attempt("203.0.113.3", KNOWN, PASSWORD).getRedirectedUrl())
			.as("over the username's limit even the right password is refused").isEqualTo("/sign-in?tooMany");
	}

	@Test
	void anAttemptOverTheLimitHashesNoPassword() throws Exception {
		int before = PasswordHashings.count();
		attempt("203.0.113.4", UNKNOWN, "wrong password");
		assertThat(PasswordHashings.count()).as("an unknown username is hashed like a known one").isGreaterThan(before);
		answersToTwentyOneFailures("203.0.113.4", KNOWN);

		int overLimit = PasswordHashings.count();
		assertThat(attempt("203.0.113.4", KNOWN, PASSWORD).getRedirectedUrl()).isEqualTo("/sign-in?tooMany");
		assertThat(PasswordHashings.count()).isEqualTo(overLimit);
	}

	@Test
	void aDisabledAccountIsRefusedLikeAWrongPasswordAfterHashingLikeAnyOther() throws Exception {
		int before = PasswordHashings.count();
		assertThat(attempt("203.0.113.14", DISABLED, PASSWORD).getRedirectedUrl()).isEqualTo("/sign-in?error");
		assertThat(PasswordHashings.count()).isEqualTo(before + 1);
		emptyTheBuckets();
		assertThat(answersToTwentyOneFailures("203.0.113.15", DISABLED))
			.isEqualTo(answersToTwentyOneFailures("203.0.113.16", UNKNOWN));
	}

	@Test
	void anAddressIsLimitedAcrossUsernames() throws Exception {
		for (int i = 0; i < 20; i++) {
			assertThat(attempt("203.0.113.5", "someone." + i, "wrong password").getRedirectedUrl()).isEqualTo("/sign-in?error");
		}
		assertThat(attempt("203.0.113.5", KNOWN, PASSWORD).getRedirectedUrl()).isEqualTo("/sign-in?tooMany");
		assertThat(attempt("203.0.113.6", KNOWN, PASSWORD).getRedirectedUrl()).as("from another address").isEqualTo("/");
	}

	@Test
	void aGuessedUsernameCanSignInAgainAMinuteLaterNotLockedOut() throws Exception {
		guessFromThirtyAddresses(KNOWN);
		assertThat(attempt("203.0.113.8", KNOWN, PASSWORD).getRedirectedUrl()).isEqualTo("/sign-in?tooMany");

		clock.fixAt(clock.instant().plus(Duration.ofSeconds(65)));
		assertThat(attempt("203.0.113.8", KNOWN, PASSWORD).getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aSuccessfulSignInGivesItsAttemptBack() throws Exception {
		for (int i = 0; i < 22; i++) {
			assertThat(attempt("203.0.113.9", KNOWN, PASSWORD).getRedirectedUrl()).as("sign-in " + (i + 1)).isEqualTo("/");
		}
	}

	/**
	 * Not a pass or fail on time (the machine is shared), but the figures for docs/assurance: the mean time of a failed
	 * sign-in for a username with an Argon2id hash, one with a bcrypt hash, one that does not exist and a disabled one,
	 * taken in turn.
	 */
	@Test
	void measuresFailedSignInTimes() throws Exception {
		jdbc.update("""
				insert into user_account (username, display_name, role, password_hash) values ('throttle.bcrypt', 'B', 'VIEWER', ?)
				on conflict (username) do nothing""", "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD));
		attempt("203.0.113.10", KNOWN, PASSWORD); // hashed again with Argon2id
		String[] usernames = { KNOWN, "throttle.bcrypt", UNKNOWN, DISABLED };
		long[] nanos = new long[usernames.length];
		int rounds = 9;
		for (int i = 0; i < rounds; i++) {
			for (int u = 0; u < usernames.length; u++) {
				long start = System.nanoTime();
				assertThat(attempt("203.0.113." + (20 + u), usernames[u], "wrong password " + i).getRedirectedUrl())
					.isEqualTo("/sign-in?error");
				nanos[u] += i == 0 ? 0 : System.nanoTime() - start;
			}
		}
		System.out.printf("Failed sign-in, mean of %d after one to warm up: Argon2id user %.1f ms, bcrypt user %.1f ms,"
				+ " unknown username %.1f ms, disabled user %.1f ms%n", rounds - 1, nanos[0] / (rounds - 1) / 1e6,
				nanos[1] / (rounds - 1) / 1e6, nanos[2] / (rounds - 1) / 1e6, nanos[3] / (rounds - 1) / 1e6);
		assertThat(jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, KNOWN))
			.startsWith("{argon2id}");
	}
}
