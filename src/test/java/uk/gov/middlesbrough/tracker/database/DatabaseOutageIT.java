package uk.gov.middlesbrough.tracker.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.GracefulShutdownResult;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * PostgreSQL stopped under the running app and started again, on the app's own path: the demo profile's embedded
 * server (its own, on a port and data directory of this test), the app's pool and settings. The only test with its
 * own Spring context: it stops the database every other test shares, and in the end stops the app itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {"tracker.reminders.enabled=false",
				// Both tests sign the viewer in within the same 30 seconds, with the same code.
				"tracker.mfa.refuse-reused-codes=false"})
@ActiveProfiles("demo")
@Import(DatabaseOutageIT.SlowPage.class)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIT {

	private static final Duration PROMISED = Duration.ofSeconds(5);
	private static final Path DATA_DIR = temporaryDirectory();
	private static final int PG_PORT = freePort();
	private static EmbeddedPostgres restarted;

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	ConfigurableApplicationContext context;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("tracker.embedded-postgres.port", () -> PG_PORT);
		registry.add("tracker.embedded-postgres.data-dir", DATA_DIR::toString);
	}

	@Test
	@Order(1)
	void aStoppedDatabaseGivesTheServiceUnavailablePageWithinFiveSecondsAndServiceReturnsWithoutARestart() throws Exception {
		Visitor viewer = Visitor.signedIn(port, "viewer");
		assertThat(viewer.get("/localities").statusCode()).isEqualTo(200);
		assertThat(viewer.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

		postgres.close();

		Timed<HttpResponse<String>> page = Timed.of(() -> viewer.get("/localities"));
		// The sign-in page itself needs no database (no session before sign-in, its token in a cookie); signing in does.
		Visitor anonymous = Visitor.anonymous(port);
		Timed<HttpResponse<String>> signInPage = Timed.of(() -> anonymous.withTokenFrom("/sign-in"));
		Timed<HttpResponse<String>> signIn = Timed.of(() -> anonymous.post("/sign-in", "username=viewer&password=x"));
		Timed<HttpResponse<String>> change = Timed.of(() -> viewer.post("/account/email", "email=someone%40example.org"));
		assertServiceUnavailablePage(page, "signed in, GET /localities");
		assertThat(signInPage.value().statusCode()).as("anonymous, GET /sign-in").isEqualTo(200);
		assertThat(signInPage.took()).isLessThan(PROMISED);
		assertServiceUnavailablePage(signIn, "anonymous, POST /sign-in");
		assertServiceUnavailablePage(change, "signed in, POST /account/email");
		String stylesheet = Jsoup.parse(page.value().body()).select("link[rel=stylesheet][href^=/css/]").attr("href");
		assertThat(viewer.get(stylesheet).statusCode()).as("the page's own stylesheet during the outage").isEqualTo(200);

		Timed<HttpResponse<String>> readiness = Timed.of(() -> viewer.get("/actuator/health/readiness"));
		assertThat(readiness.value().statusCode()).isEqualTo(503);
		assertThat(readiness.value().body()).isEqualTo("{\"status\":\"DOWN\"}");
		assertThat(readiness.took()).isLessThan(PROMISED);
		HttpResponse<String> liveness = viewer.get("/actuator/health/liveness");
		assertThat(liveness.statusCode()).as("the process itself is alive").isEqualTo(200);

		long restartedAt = System.nanoTime();
		restarted = EmbeddedPostgres.builder().setDataDirectory(DATA_DIR).setCleanDataDirectory(false).setPort(PG_PORT)
			.setPGStartupWait(Duration.ofMinutes(2)).start();
		long serverUpAt = System.nanoTime();
		while (viewer.get("/actuator/health/readiness").statusCode() != 200) {
			assertThat(Duration.ofNanos(System.nanoTime() - serverUpAt)).as("readiness back").isLessThan(Duration.ofSeconds(30));
			Thread.sleep(200);
		}
		Duration recovered = Duration.ofNanos(System.nanoTime() - serverUpAt);
		assertThat(viewer.get("/localities").statusCode()).as("the same session, kept in the database").isEqualTo(200);
		System.out.printf("OUTAGE FIGURES: 503 pages in %d, %d and %d ms; readiness DOWN in %d ms; PostgreSQL started in %d ms; "
				+ "readiness UP %d ms after, pages 200 again%n", page.took().toMillis(), signIn.took().toMillis(),
				change.took().toMillis(), readiness.took().toMillis(),
				Duration.ofNanos(serverUpAt - restartedAt).toMillis(), recovered.toMillis());
	}

	@Test
	@Order(2)
	void aRequestInFlightWhenTheAppIsStoppedCompletes() throws Exception {
		Visitor viewer = Visitor.signedIn(port, "viewer");
		CompletableFuture<HttpResponse<String>> inFlight = viewer.getAsync(SlowPage.PATH);
		assertThat(SlowPage.entered.await(10, TimeUnit.SECONDS)).as("the slow request reached its controller").isTrue();

		// What SIGTERM sets off (the context's close runs the web server's graceful shutdown, then stops it), done
		// here on the server itself: the test framework keeps this context and must not find it closed.
		WebServer server = ((WebServerApplicationContext) context).getWebServer();
		CompletableFuture<GracefulShutdownResult> shutdown = new CompletableFuture<>();
		long stopping = System.nanoTime();
		server.shutDownGracefully(shutdown::complete);
		assertThat(shutdown.get(30, TimeUnit.SECONDS)).as("requests finished before the server stopped")
			.isEqualTo(GracefulShutdownResult.IDLE);
		Duration stopTook = Duration.ofNanos(System.nanoTime() - stopping);
		server.stop();

		HttpResponse<String> response = inFlight.get(10, TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(SlowPage.BODY);
		assertThat(stopTook).as("the shutdown waited for the request").isGreaterThan(SlowPage.WORK.dividedBy(2));
		System.out.printf("OUTAGE FIGURES: shutdown waited %d ms for a request in flight, which completed (200)%n",
				stopTook.toMillis());
	}

	@AfterAll
	static void stopTheRestartedServer() throws IOException {
		if (restarted != null) {
			restarted.close();
		}
		org.springframework.util.FileSystemUtils.deleteRecursively(DATA_DIR);
	}

	private static void assertServiceUnavailablePage(Timed<HttpResponse<String>> timed, String what) {
		HttpResponse<String> response = timed.value();
		assertThat(response.statusCode()).as(what).isEqualTo(503);
		assertThat(timed.took()).as(what + ": time to answer").isLessThan(PROMISED);
		assertThat(response.headers().firstValue("Retry-After")).as(what).hasValue(ServiceUnavailablePage.RETRY_AFTER_SECONDS);
		Document html = Jsoup.parse(response.body());
		assertThat(html.select("h1").text()).as(what).isEqualTo("Sorry, the service is unavailable");
		assertThat(html.title()).isEqualTo("Sorry, the service is unavailable – Locality Working Tracker");
		assertThat(html.select("header.govuk-header")).as(what + ": the GOV.UK layout").hasSize(1);
		assertThat(response.headers().firstValue("Content-Security-Policy")).as(what + ": security headers kept").isPresent();
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("outage-pg");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A page that takes a while, only in this test's context: the request in flight when the app stops. */
	@RestController
	static class SlowPage {

		static final String PATH = "/outage-test/slow";
		static final String BODY = "finished";
		static final Duration WORK = Duration.ofSeconds(2);
		static final CountDownLatch entered = new CountDownLatch(1);

		@GetMapping(PATH)
		String slow() throws InterruptedException {
			entered.countDown();
			Thread.sleep(WORK.toMillis());
			return BODY;
		}
	}

	record Timed<T>(T value, Duration took) {

		interface Call<T> {
			T call() throws Exception;
		}

		static <T> Timed<T> of(Call<T> call) throws Exception {
			long start = System.nanoTime();
			T value = call.call();
			return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
		}
	}
}
