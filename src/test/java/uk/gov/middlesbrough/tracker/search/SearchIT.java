package uk.gov.middlesbrough.tracker.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** The header's search: PostgreSQL full-text search over what each feature holds, grouped by kind. */
class SearchIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	@Test
	void findsAnActionByAWordInItsProgressCommentaryAndQuotesIt() throws Exception {
		PlanFixtures plans = new PlanFixtures(jdbc);
		long plan = plans.plan(plans.locality("Search Ward " + System.nanoTime()), 1);
		LocalDate today = LocalDate.now(AsOf.UK);
		long action = plans.action(plan, "Brighten the back alleys", today.minusDays(10), today.plusDays(100), "1", Instant.now());
		mvc.perform(post("/actions/{id}/progress", action).with(user(users.loadUserByUsername("head"))).with(csrf())
			.param("completion", "20").param("commentary", "Residents painted murals along the Kings Road alley").param("version", "0"))
			.andExpect(status().is3xxRedirection());

		// "mural" finds "murals" (English stemming).
		Document page = search("mural");
		assertThat(page.select("#search-actions li > a").eachAttr("href")).contains("/actions/" + action);
		assertThat(page.select("#search-actions li").text()).contains("Brighten the back alleys",
				"Progress update: “Residents painted murals along the Kings Road alley”");
	}

	@Test
	void findsTheDemosLocalitiesPlansActionsAndIndicatorsGroupedByKind() throws Exception {
		Document page = search("Mini Police");
		assertThat(page.getElementById("search-actions-heading").text()).startsWith("Actions (");
		assertThat(page.select("#search-actions li > a").eachText()).anyMatch(text -> text.contains("Mini Police"));
		assertThat(search("Newport").select("#search-localities li > a").eachText()).contains("Newport");
		assertThat(search("anti-social behaviour").select("#search-indicators li > a").eachText())
			.contains("Anti-social behaviour incidents");
		// Every locality has this plan, and other tests add localities, so which ones fill the first page varies.
		assertThat(search("\"Making People Feel Safe\"").select("#search-plans li").eachText()).isNotEmpty()
			.allMatch(text -> text.startsWith("Making People Feel Safe"));
	}

	@Test
	void saysWhenNothingMatchesOrNothingWasTyped() throws Exception {
		assertThat(search("zzqxv").getElementById("search-nothing").text()).isEqualTo("Nothing matches “zzqxv”. Try fewer words, or another form of a word.");
		assertThat(search("  ").getElementById("search-empty")).isNotNull();
		// Characters that mean something to a tsquery are read as words, never as an error.
		assertThat(search("patrol & | ! ( :*").getElementById("search-count")).isNotNull();
	}

	@Test
	void aSearchCostsOneStatementASourceHoweverMuchIsFound() throws Exception {
		StatementCounter.reset();
		search("zzqxv");
		int nothing = StatementCounter.count();
		StatementCounter.reset();
		search("the");
		assertThat(StatementCounter.count()).isEqualTo(nothing);
		StatementCounter.reset();
		search("police");
		assertThat(StatementCounter.count()).isEqualTo(nothing).isLessThanOrEqualTo(10);
	}

	private Document search(String q) throws Exception {
		return Jsoup.parse(mvc.perform(get("/search").param("q", q).with(user(users.loadUserByUsername("viewer"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}
}
