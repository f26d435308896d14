package uk.gov.middlesbrough.tracker.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;

/**
 * Linking the SMART actions that deliver a recommendation: their live state on its page, "Ready to report back" on the
 * page and the tracker once every one is complete, bad numbers refused on the page, and who may link.
 */
class RecommendationActionsIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	private long review;
	private long recommendation;
	private long surgeries;
	private long patrols;

	@BeforeEach
	void aRecommendationAndTwoActionsInTwoLocalities() {
		ScrutinyFixtures scrutiny = new ScrutinyFixtures(jdbc);
		review = scrutiny.review("Delivery review " + System.nanoTime());
		recommendation = scrutiny.recommendation(review, "a", "Hold street surgeries in both pilots",
				RecommendationStatus.IN_PROGRESS, null, null, Instant.parse("2026-07-12T09:00:00Z"));
		PlanFixtures plans = new PlanFixtures(jdbc);
		LocalDate today = LocalDate.now(uk.gov.middlesbrough.tracker.web.AsOf.UK);
		surgeries = plans.action(plans.plan(plans.locality("Delivery Ward A " + System.nanoTime()), 1), "Hold monthly street surgeries",
				today.minusDays(30), today.plusDays(30), "1", Instant.now().minusSeconds(60));
		patrols = plans.action(plans.plan(plans.locality("Delivery Ward B " + System.nanoTime()), 2), "Run joint patrols",
				today.minusDays(30), today.plusDays(30), "1", Instant.now().minusSeconds(60));
	}

	@Test
	void aRecommendationLinkedToTwoActionsIsReadyToReportBackOnceBothAreComplete() throws Exception {
		link("scrutiny", String.valueOf(surgeries)).andExpect(redirectedUrl("/scrutiny/recommendations/" + recommendation + "#delivery-heading"));
		link("scrutiny", "http://localhost:8080/actions/" + patrols).andExpect(status().isFound());
		link("scrutiny", String.valueOf(patrols)).andExpect(status().isFound()); // linking again changes nothing
		assertThat(jdbc.queryForObject("select count(*) from scrutiny_recommendation_action where scrutiny_recommendation_id = ?",
				Integer.class, recommendation)).isEqualTo(2);

		page().andExpect(content().string(containsString("Hold monthly street surgeries")))
			.andExpect(content().string(containsString("Run joint patrols")))
			.andExpect(content().string(containsString(">0%<")))
			.andExpect(content().string(not(containsString("id=\"ready-to-report-back\""))));

		jdbc.update("update plan_action set completion = 100 where id = ?", surgeries);
		page().andExpect(content().string(containsString(">100%<")))
			.andExpect(content().string(not(containsString("id=\"ready-to-report-back\""))));
		tracker().andExpect(content().string(not(containsString("app-ready-to-report-back"))));

		jdbc.update("update plan_action set completion = 100 where id = ?", patrols);
		page().andExpect(content().string(containsString("id=\"ready-to-report-back\"")))
			.andExpect(content().string(containsString("ready to report back to the panel")));
		StatementCounter.reset();
		tracker().andExpect(content().string(containsString("app-ready-to-report-back")));
		int withReady = StatementCounter.count();

		mvc.perform(post("/scrutiny/recommendations/{id}/actions/{action}/unlink", recommendation, patrols)
				.with(user(users.loadUserByUsername("head"))).with(csrf()))
			.andExpect(status().isFound());
		page().andExpect(content().string(not(containsString("Run joint patrols"))));
		StatementCounter.reset();
		tracker().andExpect(status().isOk());
		assertThat(StatementCounter.count()).as("the same statements however many are linked").isEqualTo(withReady);
	}

	@Test
	void aNumberThatIsNotAnActionIsRefusedOnThePage() throws Exception {
		link("scrutiny", "abc").andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#actionId\">Enter the action&#39;s number, for example 123</a>")));
		link("scrutiny", "999999999").andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no action number 999999999")));
		assertThat(jdbc.queryForObject("select count(*) from scrutiny_recommendation_action where scrutiny_recommendation_id = ?",
				Integer.class, recommendation)).isZero();
	}

	@Test
	void onlyTheTrackersKeepersLinkActions() throws Exception {
		link("newport.manager", String.valueOf(surgeries)).andExpect(status().isForbidden());
		link("viewer", String.valueOf(surgeries)).andExpect(status().isForbidden());
		page().andExpect(content().string(containsString("No action is linked to this recommendation yet")));
	}

	private org.springframework.test.web.servlet.ResultActions link(String username, String actionId) throws Exception {
		return mvc.perform(post("/scrutiny/recommendations/{id}/actions", recommendation)
				.with(user(users.loadUserByUsername(username))).with(csrf()).param("actionId", actionId));
	}

	private org.springframework.test.web.servlet.ResultActions page() throws Exception {
		return mvc.perform(get("/scrutiny/recommendations/{id}", recommendation).with(user(users.loadUserByUsername("viewer"))))
			.andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.ResultActions tracker() throws Exception {
		return mvc.perform(get("/scrutiny/reviews/{id}", review).with(user(users.loadUserByUsername("viewer"))))
			.andExpect(status().isOk());
	}
}
