package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** A locality's actions filtered, where "your work" and the RAG counts lead. */
class LocalityActionsIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(AsOf.UK);

	@Autowired
	UserDetailsService users;

	private long locality;
	private long safety;
	private long children;
	private PlanFixtures fixtures;

	@BeforeEach
	void actions() {
		fixtures = new PlanFixtures(jdbc);
		locality = fixtures.locality("Filter Ward " + System.nanoTime());
		safety = fixtures.plan(locality, 1);
		children = fixtures.plan(locality, 2);
		Instant lastMonth = TODAY.withDayOfMonth(1).minusDays(2).atStartOfDay(AsOf.UK).toInstant();
		// 100 days from 50 days ago: 50 % expected. Gaps: 50 Red, 20 Amber, 0 Green.
		long red = fixtures.action(safety, "Red patrols", TODAY.minusDays(50), TODAY.plusDays(50), "1", lastMonth);
		long amber = fixtures.action(safety, "Amber surgeries", TODAY.minusDays(50), TODAY.plusDays(50), "1", lastMonth);
		fixtures.progress(amber, 30, lastMonth.plus(1, ChronoUnit.HOURS));
		long green = fixtures.action(children, "Green sessions", TODAY.minusDays(50), TODAY.plusDays(50), "1", lastMonth);
		fixtures.progress(green, 50, Instant.now());
		fixtures.action(children, "Future scheme", TODAY.plusDays(10), TODAY.plusDays(50), "1", lastMonth);
		long cancelled = fixtures.action(children, "Red but cancelled", TODAY.minusDays(50), TODAY.plusDays(50), "1", lastMonth);
		fixtures.cancel(cancelled, lastMonth.plus(2, ChronoUnit.HOURS));
		assertThat(red).isPositive();
	}

	@Test
	void eachFilterListsItsActionsAndNeverACancelledOne() throws Exception {
		assertThat(listed("red-amber", null)).containsExactly("Red patrols", "Amber surgeries");
		assertThat(listed("red", null)).containsExactly("Red patrols");
		assertThat(listed("green", null)).containsExactly("Green sessions");
		assertThat(listed("not-started", null)).containsExactly("Future scheme");
		// Started, not complete, last updated before this month: the Green one was updated today, the future one has not started.
		assertThat(listed("no-update", null)).containsExactly("Red patrols", "Amber surgeries");
		assertThat(listed("all", null)).containsExactly("Red patrols", "Amber surgeries", "Green sessions", "Future scheme");
		assertThat(listed("nonsense", null)).hasSize(4);
		assertThat(listed("red-amber", children)).isEmpty();
		assertThat(listed("all", children)).containsExactly("Green sessions", "Future scheme");
	}

	@Test
	void thePlanPagesRagCountsLinkToThoseActions() throws Exception {
		Document plan = page("/plans/" + safety);
		assertThat(plan.select("#plan-rag-counts a").eachAttr("href")).containsExactly(
				"/localities/" + locality + "/actions?show=amber&plan=" + safety,
				"/localities/" + locality + "/actions?show=red&plan=" + safety);
		// A zero count is grey, not coloured as an alarm; a count above zero keeps its status's colour.
		for (var tag : plan.select("#plan-rag-counts .govuk-tag")) {
			boolean zero = tag.text().endsWith(": 0");
			assertThat(tag.hasClass("app-rag--none")).as(tag.text()).isEqualTo(zero);
		}
		assertThat(plan.select("#plan-rag-counts .govuk-tag.app-rag--none")).isNotEmpty();
		assertThat(plan.select("#plan-rag-counts .govuk-tag.app-rag--red").text()).isEqualTo("Red: 1");
		Document plans = page("/localities/" + locality + "/plans");
		assertThat(plans.select("#locality-completion ~ div a, .app-rag-counts a").eachAttr("href"))
			.contains("/localities/" + locality + "/actions?show=red");
	}

	@Test
	void theListCostsTheSameStatementsWithFewOrManyActions() throws Exception {
		StatementCounter.reset();
		page("/localities/" + locality + "/actions?show=red-amber");
		int few = StatementCounter.count();
		for (int i = 0; i < 30; i++) {
			fixtures.action(fixtures.plan(locality, 3 + i % 6), "More " + i, TODAY.minusDays(50), TODAY.plusDays(50), "1", Instant.now());
		}
		StatementCounter.reset();
		page("/localities/" + locality + "/actions?show=red-amber");
		assertThat(StatementCounter.count()).isEqualTo(few).isLessThanOrEqualTo(8);
	}

	private java.util.List<String> listed(String show, Long plan) throws Exception {
		return page("/localities/" + locality + "/actions?show=" + show + (plan == null ? "" : "&plan=" + plan))
			.select("#locality-actions tbody tr td:first-child a").eachText();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(users.loadUserByUsername("viewer")))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}
}
