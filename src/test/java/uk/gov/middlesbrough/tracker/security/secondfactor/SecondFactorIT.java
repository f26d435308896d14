package uk.gov.middlesbrough.tracker.security.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.passwordOnly;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import uk.gov.middlesbrough.tracker.security.Role;
import uk.gov.middlesbrough.tracker.support.DemoAuthenticator;
import uk.gov.middlesbrough.tracker.support.HttpUser;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

class SecondFactorIT extends IntegrationTest {

	private static final String PASSWORD = "a long enough passphrase";
	private static final String CODE_PAGE = "/sign-in/code?factor.type=second&factor.reason=missing";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	UserDetailsService users;

	@Autowired
	SecondFactorSettings settings;

	@Autowired
	PasswordEncoder hashes;

	@BeforeEach
	void freshAccounts() {
		jdbc.update("delete from user_account where username like 'mfa.%'");
		jdbc.update("delete from sign_in_bucket where id like '%mfa.%'");
	}

	@Test
	void aPasswordAloneOpensNoPageToSomeoneWhoNeedsACodeButTheCodePage() throws Exception {
		for (String demoUser : List.of("admin", "head", "viewer")) { // every demo user has an app set up
			mvc.perform(get("/localities").with(passwordOnly(users.loadUserByUsername(demoUser))))
				.andExpect(redirectedUrl(CODE_PAGE));
			mvc.perform(get("/sign-in/code").with(passwordOnly(users.loadUserByUsername(demoUser))))
				.andExpect(status().isOk());
		}
		mvc.perform(get("/admin/users").with(passwordOnly(users.loadUserByUsername("admin"))))
			.andExpect(redirectedUrl(CODE_PAGE));
		// A page the role does not allow: the code first (the role is checked again after it).
		mvc.perform(get("/admin/users").with(passwordOnly(users.loadUserByUsername("newport.manager"))))
			.andExpect(redirectedUrl(CODE_PAGE));
		mvc.perform(post("/localities").with(passwordOnly(users.loadUserByUsername("head"))).with(csrf())
			.param("name", "Not Created")).andExpect(redirectedUrl(CODE_PAGE));
		assertThat(jdbc.queryForObject("select count(*) from locality where name = 'Not Created'", Integer.class)).isZero();

		create("mfa.viewer", "VIEWER"); // no app, and a viewer need not have one
		mvc.perform(get("/localities").with(passwordOnly(users.loadUserByUsername("mfa.viewer")))).andExpect(status().isOk());
		mvc.perform(get("/sign-in/code").with(passwordOnly(users.loadUserByUsername("mfa.viewer"))))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aHeadOfServiceWithoutAnAppSetsOneUpAtFirstSignInThenGivesACodeOrARecoveryCodeEveryTime() {
		assertThat(settings.requiredRoles()).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.HEAD_OF_SERVICE);
		create("mfa.head", "HEAD_OF_SERVICE");
		HttpUser head = passwordStep("mfa.head");
		assertThat(location(head.get("/localities"))).contains("/sign-in/code?");
		assertThat(location(head.get("/sign-in/code"))).endsWith("/sign-in/set-up");

		Document setUp = Jsoup.parse(head.get("/sign-in/set-up").body());
		String secret = setUp.selectFirst("#secret-key").text().replace(" ", "");
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(setUp.selectFirst("#qr-code").attr("src")).startsWith("data:image/svg+xml;base64,");
		assertThat(setUp.selectFirst("#code").attr("autocomplete")).isEqualTo("one-time-code");
		assertThat(setUp.selectFirst("#code").attr("name")).isEqualTo("code");
		assertThat(Jsoup.parse(head.get("/sign-in/set-up").body()).selectFirst("#secret-key").text().replace(" ", ""))
			.as("the same secret until it is confirmed").isEqualTo(secret);

		Document wrong = Jsoup.parse(head.post("/sign-in/set-up", head.csrfToken("/sign-in/set-up"),
				Map.of("code", notTheCode(secret))).body());
		assertThat(wrong.select("#error-summary a[href=#code]").text()).startsWith("The code does not match");
		assertThat(column("totp_enrolled_at", "mfa.head")).isNull();

		Document codes = Jsoup.parse(head.post("/sign-in/set-up", head.csrfToken("/sign-in/set-up"),
				Map.of("code", DemoAuthenticator.code(secret, Instant.now()))).body());
		List<String> recoveryCodes = codes.select("#recovery-codes li").eachText();
		assertThat(recoveryCodes).hasSize(10).allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		assertThat(head.get("/localities").statusCode()).isEqualTo(200);
		String stored = column("totp_secret", "mfa.head");
		assertThat(stored).as("encrypted at rest").isNotBlank().doesNotContain(secret);
		assertThat(jdbc.queryForObject("select count(*) from recovery_code r join user_account u on u.id = r.user_account_id "
				+ "where u.username = 'mfa.head' and r.code_hash like '{argon2id}%'", Integer.class)).as("salted hashes").isEqualTo(10);

		HttpUser again = passwordStep("mfa.head");
		assertThat(location(again.get("/"))).contains("/sign-in/code?");
		assertThat(location(again.post("/sign-in/code", again.csrfToken("/sign-in/code"),
				Map.of("code", recoveryCodes.get(3))))).endsWith("/");
		assertThat(again.get("/localities").statusCode()).isEqualTo(200);

		HttpUser thief = passwordStep("mfa.head");
		Document refused = Jsoup.parse(thief.post("/sign-in/code", thief.csrfToken("/sign-in/code"),
				Map.of("code", recoveryCodes.get(3))).body());
		assertThat(refused.select("#error-summary a[href=#code]").text()).as("a recovery code works once")
			.startsWith("Enter the 6-digit code your authenticator app shows now");
		assertThat(location(thief.get("/localities"))).contains("/sign-in/code?");
		assertThat(location(thief.post("/sign-in/code", thief.csrfToken("/sign-in/code"),
				Map.of("code", DemoAuthenticator.code(secret, Instant.now()))))).endsWith("/localities");
	}

	@Test
	void anAdministratorsResetMeansSettingUpAgainAndTheOldAppNoLongerWorks() throws Exception {
		long id = create("mfa.lost.phone", "HEAD_OF_SERVICE");
		SecondFactors factors = new SecondFactors(JdbcClient.create(jdbc), settings, hashes, events);
		SecondFactors.PendingSetUp pending = factors.begin();
		assertThat(factors.confirm(id, pending, DemoAuthenticator.code(factors.secretOf(pending), Instant.now()))).isPresent();

		mvc.perform(post("/admin/users/{id}/second-factor/reset", id).with(user(users.loadUserByUsername("admin"))).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + id));

		assertThat(column("totp_secret", "mfa.lost.phone")).isNull();
		assertThat(jdbc.queryForObject("select count(*) from recovery_code where user_account_id = ?", Integer.class, id)).isZero();
		HttpUser user = passwordStep("mfa.lost.phone");
		assertThat(location(user.get("/sign-in/code"))).endsWith("/sign-in/set-up");
		mvc.perform(post("/admin/users/{id}/second-factor/reset", id).with(user(users.loadUserByUsername("head"))).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForList("select actor || ': ' || new_value from audit_event where record_type = 'UserAccount'"
				+ " and record_id = ? and field = 'secondFactor' order by id", String.class, String.valueOf(id)))
			.as("set-up and reset on the audit trail, with who did them").containsExactly("system: SET_UP", "admin: RESET");
	}

	@Test
	void aCodeSignsInOnceOnEveryNodeWhenReuseIsRefused() {
		long id = create("mfa.replayed", "VIEWER");
		Instant now = Instant.parse("2026-12-04T10:00:10Z"); // step 59,022,000 (30 s each) began at 10:00:00
		SecondFactorSettings refusing = new SecondFactorSettings(Set.of(Role.ADMINISTRATOR), settings.encryptionKey(),
				"Test", true, 10, Duration.ofMinutes(15));
		SecondFactors factors = new SecondFactors(JdbcClient.create(jdbc), refusing, hashes, events, Clock.fixed(now, ZoneOffset.UTC));
		SecondFactors.PendingSetUp pending = factors.begin();
		String secret = factors.secretOf(pending);
		assertThat(factors.confirm(id, pending, DemoAuthenticator.code(secret, now))).isPresent();

		assertThat(factors.check(id, DemoAuthenticator.code(secret, now))).as("the code that confirmed the set-up").isFalse();
		SecondFactors later = new SecondFactors(JdbcClient.create(jdbc), refusing, hashes, events,
				Clock.fixed(now.plusSeconds(30), ZoneOffset.UTC));
		String next = DemoAuthenticator.code(secret, now.plusSeconds(30));
		assertThat(later.check(id, next)).isTrue();
		assertThat(later.check(id, next)).as("the same code again").isFalse();
		assertThat(later.check(id, DemoAuthenticator.code(secret, now))).as("an older code after a newer one").isFalse();
	}

	@Test
	void tenWrongCodesAndEvenTheRightOneIsRefusedForAWhile() {
		long id = create("mfa.guessed", "HEAD_OF_SERVICE");
		SecondFactors factors = new SecondFactors(JdbcClient.create(jdbc), settings, hashes, events);
		SecondFactors.PendingSetUp pending = factors.begin();
		String secret = factors.secretOf(pending);
		factors.confirm(id, pending, DemoAuthenticator.code(secret, Instant.now()));
		HttpUser guesser = passwordStep("mfa.guessed");
		for (int i = 0; i < settings.codeAttempts(); i++) {
			guesser.post("/sign-in/code", guesser.csrfToken("/sign-in/code"), Map.of("code", notTheCode(secret)));
		}
		Document refused = Jsoup.parse(guesser.post("/sign-in/code", guesser.csrfToken("/sign-in/code"),
				Map.of("code", DemoAuthenticator.code(secret, Instant.now()))).body());
		assertThat(refused.select("#error-summary a[href=#code]").text()).isEqualTo(
				"There have been too many wrong codes. Wait 2 minutes, then try again");
		assertThat(jdbc.queryForList("select new_value from audit_event where kind = 'SIGN_IN_FAILED' and actor = 'mfa.guessed' "
				+ "order by id", String.class)).as("each refusal audited").hasSize(settings.codeAttempts() + 1)
			.startsWith("WrongSecondFactorCode").endsWith("TooManySecondFactorCodes");
		assertThat(location(guesser.get("/localities"))).contains("/sign-in/code?");
	}

	private HttpUser passwordStep(String username) {
		HttpUser user = new HttpUser(port);
		HttpResponse<String> signedIn = user.post("/sign-in", user.csrfToken("/sign-in"),
				Map.of("username", username, "password", PASSWORD));
		assertThat(location(signedIn)).doesNotContain("error");
		return user;
	}

	private long create(String username, String role) {
		jdbc.update("insert into user_account (username, display_name, role, password_hash) values (?, ?, ?, ?)",
				username, username, role, "{noop}" + PASSWORD);
		return userId(username);
	}

	private String column(String column, String username) {
		return jdbc.queryForObject("select " + column + "::text from user_account where username = ?", String.class,
				username);
	}

	/** A six-digit code that is none of the codes the app could show around now. */
	private static String notTheCode(String secret) {
		Instant now = Instant.now();
		Set<String> near = Set.of(DemoAuthenticator.code(secret, now.minusSeconds(30)), DemoAuthenticator.code(secret, now),
				DemoAuthenticator.code(secret, now.plusSeconds(30)), DemoAuthenticator.code(secret, now.plusSeconds(60)));
		for (int candidate = 0;; candidate++) {
			String code = String.format("%06d", candidate);
			if (!near.contains(code)) {
				return code;
			}
		}
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
	}
}
