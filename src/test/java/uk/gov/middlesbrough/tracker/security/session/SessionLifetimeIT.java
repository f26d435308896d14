package uk.gov.middlesbrough.tracker.security.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.middlesbrough.tracker.support.HttpUser;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/** A session ends 12 hours after sign-in however busy it has been (the idle timeout is Spring Session's own). */
class SessionLifetimeIT extends IntegrationTest {

	@LocalServerPort
	int port;

	@Test
	void aSessionTwelveHoursOldIsEndedAndTheUserAskedToSignInAgain() {
		HttpUser head = new HttpUser(port).signIn("head");
		// Spring Session's cookie holds the session id in Base64.
		String session = new String(Base64.getDecoder().decode(head.cookie("SESSION").getValue()), StandardCharsets.US_ASCII);
		Instant signedIn = Instant.ofEpochMilli(
				jdbc.queryForObject("select creation_time from spring_session where session_id = ?", Long.class, session));

		clock.fixAt(signedIn.plus(Duration.ofHours(12)).minusSeconds(1));
		assertThat(head.get("/").statusCode()).as("a second before 12 hours").isEqualTo(200);

		clock.fixAt(signedIn.plus(Duration.ofHours(12)));
		HttpResponse<String> expired = head.get("/");

		assertThat(expired.statusCode()).isEqualTo(302);
		assertThat(expired.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
		assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Long.class, session)).isZero();
	}
}
