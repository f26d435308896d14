package uk.gov.middlesbrough.tracker.security.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.HttpUser;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * Ten requests at once on one session, as a browser with several tabs sends them, over real HTTP so that the session
 * store (PostgreSQL) takes part: no 5xx, and every update the app says it saved is saved and every one it says failed
 * is not.
 */
class ConcurrentRequestsOnOneSessionIT extends IntegrationTest {

	private static final int ROUNDS = 5;
	private static final int AT_ONCE = 10;

	@LocalServerPort
	int port;

	private PlanFixtures plans;
	private long plan;
	private HttpUser head;

	@BeforeEach
	void signedInWithAPlanOfItsOwn() {
		plans = new PlanFixtures(jdbc);
		plan = plans.plan(plans.locality("Concurrency Ward " + System.nanoTime()), 1);
		head = new HttpUser(port).signIn("head");
	}

	@Test
	void tenRequestsAtOnceMixingHeavyPagesAndUpdatesGiveNoServerErrorAndAreSavedExactlyWhenSaidToBe() {
		long newport = localityId("Newport");
		List<String> pages = List.of("/", "/localities/" + newport + "/dashboard", "/escalations",
				"/localities/" + newport + "/plans", "/plans/" + plan, "/localities", "/indicators");
		List<Update> updates = new ArrayList<>();
		int serverErrors = 0;
		for (int round = 0; round < ROUNDS; round++) {
			String csrf = head.csrfToken("/plans/" + plan);
			List<CompletableFuture<HttpResponse<String>>> gets = new ArrayList<>();
			List<Update> roundUpdates = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				if (i % 3 == 0) {
					roundUpdates.add(update(csrf, "round " + round + " request " + i));
				}
				else {
					gets.add(head.getAsync(pages.get(i % pages.size())));
				}
			}
			for (CompletableFuture<HttpResponse<String>> get : gets) {
				serverErrors += get.join().statusCode() >= 500 ? 1 : 0;
			}
			updates.addAll(roundUpdates);
		}
		serverErrors += (int) updates.stream().filter(update -> update.response().join().statusCode() >= 500).count();

		assertSavedExactlyWhenSaidToBe(updates);
		assertThat(serverErrors).as("5xx among %s requests on one session", ROUNDS * AT_ONCE).isZero();
	}

	@Test
	void tenUpdatesAtOnceAreEachSavedExactlyWhenSaidToBe() {
		List<Update> updates = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			String csrf = head.csrfToken("/plans/" + plan);
			List<Update> roundUpdates = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				roundUpdates.add(update(csrf, "all updates, round " + round + " request " + i));
			}
			roundUpdates.forEach(update -> update.response().join());
			updates.addAll(roundUpdates);
		}

		assertSavedExactlyWhenSaidToBe(updates);
		assertThat(updates).allSatisfy(update -> assertThat(update.response().join().statusCode()).isLessThan(500));
	}

	/** A progress update on an action of its own (so that no two updates conflict), sent without waiting. */
	private Update update(String csrf, String commentary) {
		long action = plans.action(plan, "Action for " + commentary, LocalDate.now().minusDays(10), LocalDate.now().plusDays(10),
				"1", Instant.now());
		return new Update(action, commentary, head.postAsync("/actions/" + action + "/progress", csrf,
				Map.of("completion", "40", "commentary", commentary, "version", "0")));
	}

	private void assertSavedExactlyWhenSaidToBe(List<Update> updates) {
		assertThat(updates).allSatisfy(update -> {
			HttpResponse<String> response = update.response().join();
			boolean saidSaved = response.statusCode() == 302
					&& response.headers().firstValue("Location").orElse("").endsWith("/actions/" + update.action());
			long saved = jdbc.queryForObject("select count(*) from action_history where plan_action_id = ? and commentary = ?",
					Long.class, update.action(), update.commentary());
			assertThat(saved).as("%s answered %s", update.commentary(), response.statusCode()).isEqualTo(saidSaved ? 1 : 0);
		});
	}

	private record Update(long action, String commentary, CompletableFuture<HttpResponse<String>> response) {
	}
}
