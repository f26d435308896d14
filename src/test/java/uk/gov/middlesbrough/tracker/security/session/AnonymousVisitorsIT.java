package uk.gov.middlesbrough.tracker.security.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import uk.gov.middlesbrough.tracker.support.HttpUser;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/** No session is stored for anyone who has not signed in, and expired sessions are deleted by one node at a time. */
class AnonymousVisitorsIT extends IntegrationTest {

	private static final String SESSIONS_SINCE = "select count(*) from spring_session where creation_time >= ?";

	@LocalServerPort
	int port;

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Autowired
	ExpiredSessionCleanup cleanup;

	@Autowired
	FilterChainProxy filterChains;

	@BeforeEach
	void theAppsOwnCsrfTokenStore() {
		AppCsrfTokens.restore(filterChains);
	}

	@Test
	void thirtyVisitsToTheSignInPageAndOtherPublicPagesStoreNoSession() {
		long since = System.currentTimeMillis();
		for (int i = 0; i < 30; i++) {
			HttpResponse<String> signInPage = new HttpUser(port).get("/sign-in");
			assertThat(signInPage.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(signInPage.body()).select("form input[name=_csrf]").attr("value")).isNotBlank();
		}
		HttpUser visitor = new HttpUser(port);
		assertThat(visitor.get("/localities/1;x=1/dashboard").statusCode()).isEqualTo(400);
		assertThat(visitor.get("/assets/images/favicon.ico").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/localities").statusCode()).isEqualTo(302);

		assertThat(jdbc.queryForObject(SESSIONS_SINCE, Long.class, since)).isZero();
		assertThat(visitor.cookie("SESSION")).isNull();
	}

	@Test
	void theSignInFormsTokenIsKeptInAnHttpOnlyCookieAndSigningInStoresOneSessionAndGoesBackToThePageAskedFor() {
		long since = System.currentTimeMillis();
		HttpUser user = new HttpUser(port);
		assertThat(user.get("/localities").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/sign-in"));
		HttpResponse<String> signInPage = user.get("/sign-in");
		assertThat(signInPage.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith(SessionOrCookieCsrfTokenRepository.COOKIE_NAME + "=").contains("HttpOnly").contains("SameSite=Strict"));

		HttpResponse<String> signedIn = user.post("/sign-in", user.csrfToken("/sign-in"),
				java.util.Map.of("username", "viewer", "password", uk.gov.middlesbrough.tracker.support.DemoUsers.PASSWORD));

		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).contains("/localities"));
		assertThat(jdbc.queryForObject(SESSIONS_SINCE, Long.class, since)).isOne();
		HttpCookie token = user.cookie(SessionOrCookieCsrfTokenRepository.COOKIE_NAME);
		assertThat(token == null || token.getValue().isEmpty()).as("the anonymous token is cleared at sign-in").isTrue();
		assertThat(user.get("/localities").headers().firstValue("Location")).as("then the code from the app")
			.hasValueSatisfying(location -> assertThat(location).contains("/sign-in/code?"));
		HttpResponse<String> proved = user.post("/sign-in/code", user.csrfToken("/sign-in/code"),
				java.util.Map.of("code", uk.gov.middlesbrough.tracker.support.DemoAuthenticator.code()));
		assertThat(proved.headers().firstValue("Location")).as("back to the page asked for").hasValueSatisfying(
				location -> assertThat(location).endsWith("/localities"));
		HttpResponse<String> home = user.get("/");
		assertThat(Jsoup.parse(home.body()).select("#signed-in form input[name=_csrf]").attr("value")).isNotBlank();
	}

	@Test
	void aSignInFormLeftOpenWhileSigningInElsewhereAsksAgainInsteadOfRefusingWithNoPermission() {
		HttpUser user = new HttpUser(port);
		String staleToken = user.csrfToken("/sign-in");
		java.util.Map<String, String> fields = java.util.Map.of("username", "viewer",
				"password", uk.gov.middlesbrough.tracker.support.DemoUsers.PASSWORD);
		// Signed in in another tab: the session's token replaces the form's.
		assertThat(user.post("/sign-in", user.csrfToken("/sign-in"), fields).statusCode()).isEqualTo(302);

		HttpResponse<String> stale = user.post("/sign-in", staleToken, fields);
		assertThat(stale.statusCode()).isEqualTo(302);
		assertThat(stale.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/sign-in?expired"));
		// Signed in already, the form sends them home.
		assertThat(user.get("/sign-in?expired").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/"));

		HttpUser other = new HttpUser(port);
		other.csrfToken("/sign-in");
		HttpResponse<String> noToken = other.post("/sign-in", "not-the-token", fields);
		assertThat(noToken.headers().firstValue("Location")).as("nobody signed in by a refused form")
			.hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in?expired"));
		HttpResponse<String> form = other.get("/sign-in?expired");
		assertThat(Jsoup.parse(form.body()).select(".govuk-error-summary li").text())
			.isEqualTo("This sign-in page had expired. Enter your username and password again");
		assertThat(other.get("/localities").statusCode()).isEqualTo(302);
	}

	@Test
	void expiredSessionsAreDeletedByTheOneNodeHoldingTheLockAndSpringSessionsOwnCleanUpIsOff() {
		// The minute's scheduled run may hold the lock now: free it, as if its 30 seconds had passed.
		jdbc.update("update shedlock set lock_until = now() where name = 'expired-sessions'");
		expiredSession("expired-session-00000000000000000001");

		cleanup.run();

		assertThat(stored("expired-session-00000000000000000001")).isZero();
		// A second run at once (another node's) finds the lock held and deletes nothing.
		expiredSession("expired-session-00000000000000000002");
		cleanup.run();
		assertThat(stored("expired-session-00000000000000000002")).isOne();
		assertThat(ReflectionTestUtils.getField(sessions, "cleanupCron")).isEqualTo("-");
		jdbc.update("delete from spring_session where primary_id = 'expired-session-00000000000000000002'");
	}

	private void expiredSession(String id) {
		jdbc.update("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time)
				values (?, ?, 0, 0, 60, 60000)""", id, id);
	}

	private long stored(String id) {
		return jdbc.queryForObject("select count(*) from spring_session where primary_id = ?", Long.class, id);
	}
}
