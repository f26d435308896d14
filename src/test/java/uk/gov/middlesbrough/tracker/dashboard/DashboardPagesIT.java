package uk.gov.middlesbrough.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;

/**
 * The dashboard as of three past dates, against values worked by hand (the history of PlanAsOfIT):
 * A 1 Jan–10 Apr 2024 weight 1 (30 % on 1 Feb, 80 % on 15 Mar, 100 % on 5 Apr); B 1 Feb–30 Jun 2024 weight 2,
 * added 20 Jan (10 % on 1 Mar); C 1 Jan–31 Dec 2024 weight 1 (cancelled 20 Mar). All in plan 1 of the locality.
 */
class DashboardPagesIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	private long locality;

	@BeforeEach
	void history() {
		PlanFixtures fixtures = new PlanFixtures(jdbc);
		locality = fixtures.locality("Dashboard Ward " + System.nanoTime());
		long plan = fixtures.plan(locality, 1);
		long a = fixtures.action(plan, "A", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 10), "1", at("2024-01-01"));
		long b = fixtures.action(plan, "B", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 6, 30), "2", at("2024-01-20"));
		long c = fixtures.action(plan, "C", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "1", at("2024-01-01"));
		fixtures.progress(a, 30, at("2024-02-01"));
		fixtures.progress(b, 10, at("2024-03-01"));
		fixtures.progress(a, 80, at("2024-03-15"));
		fixtures.cancel(c, at("2024-03-20"));
		fixtures.progress(a, 100, at("2024-04-05"));
	}

	private UserDetails viewer() {
		return users.loadUserByUsername("viewer");
	}

	@Test
	void todayIsTheApplicationsClockSoADayAfterItIsRefusedAsFuture() throws Exception {
		clock.fixAt(Instant.parse("2022-01-17T12:00:00Z"));
		Document today = Jsoup.parse(mvc.perform(get("/localities/{id}/dashboard", localityId("Newport")).with(user(viewer())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(today.select(".govuk-caption-l").text()).isEqualTo("Dashboard as of 17 January 2022");
		Document future = Jsoup.parse(mvc.perform(dashboardAsOf(18, 1, 2022)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
		assertThat(future.select(".govuk-error-summary__list a").eachText())
			.containsExactly("The as-of date must be today or in the past");
	}

	private MockHttpServletRequestBuilder dashboardAsOf(int day, int month, int year) {
		return get("/localities/{id}/dashboard", locality).with(user(viewer()))
			.param("asOf.day", String.valueOf(day)).param("asOf.month", String.valueOf(month)).param("asOf.year", String.valueOf(year));
	}

	@Test
	void showsTheStateAsRecordedOnThreePastDatesAndSaysItIsAPastView() throws Exception {
		// 15 Jan: A 0 % (Amber), C 0 % (Green); plan (0 + 0) / 2 = 0 %; the locality's only plan with actions → 0.0 %
		mvc.perform(dashboardAsOf(15, 1, 2024))
			.andExpect(content().string(containsString("You are looking at a past view: figures as they were recorded by the end of 15 January 2024.")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"locality-completion\".*?\\s0\\.0%.*")))
			.andExpect(content().string(containsString("Amber: 1")));
		// 10 Mar: (30×1 + 10×2 + 0×1) / 4 = 12.5 %; A Red, B and C Amber
		mvc.perform(dashboardAsOf(10, 3, 2024))
			.andExpect(content().string(containsString("12.5%")))
			.andExpect(content().string(containsString("Red: 1")))
			.andExpect(content().string(containsString("Amber: 2")));
		// 25 Mar: (80×1 + 10×2) / 3 = 33.3 %; A Green, B Red, C cancelled
		mvc.perform(dashboardAsOf(25, 3, 2024))
			.andExpect(content().string(containsString("33.3%")))
			.andExpect(content().string(containsString("Green: 1")))
			.andExpect(content().string(containsString("Red: 1")));
		// today: (100×1 + 10×2) / 3 = 40 %, and no past-view banner
		mvc.perform(get("/localities/{id}/dashboard", locality).with(user(viewer())))
			.andExpect(content().string(containsString("40.0%")))
			.andExpect(content().string(not(containsString("You are looking at a past view"))));
	}

	@Test
	void newportsDashboardShowsItsIndicatorsSurveysAndCaseloadsFromThePapers() throws Exception {
		mvc.perform(get("/localities/{id}/dashboard", localityId("Newport")).with(user(viewer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Children&#39;s Centre families reached")))
			.andExpect(content().string(containsString("878")))
			.andExpect(content().string(containsString("31.18%")))
			.andExpect(content().string(containsString("68.65%")))
			.andExpect(content().string(containsString("12.9%")))
			.andExpect(content().string(containsString("Sample size not recorded")))
			.andExpect(content().string(containsString("Over threshold: 29 children, threshold 26")))
			.andExpect(content().string(containsString("Over threshold: 28 children, threshold 26")))
			.andExpect(content().string(containsString("</html>")));
	}

	@Test
	void exportsTheTableAsOfTheSameDate() throws Exception {
		String csv = mvc.perform(get("/localities/{id}/dashboard/export", locality).with(user(viewer()))
				.param("table", "plans").param("format", "csv").param("asOf", "2024-03-10"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Making People Feel Safe,12.5,0,0,2,1,0,");
	}

	@Test
	void refusesAnImpossibleOrFutureDateWithAClearMessageAndShowsToday() throws Exception {
		mvc.perform(dashboardAsOf(31, 2, 2024))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#asOf\">The as-of date must be a real date</a>")))
			.andExpect(content().string(containsString("40.0%")));
		LocalDate nextYear = LocalDate.now().plusYears(1);
		mvc.perform(dashboardAsOf(1, 1, nextYear.getYear()))
			.andExpect(content().string(containsString("The as-of date must be today or in the past")));
	}

	@Test
	void comparingNeedsAtLeastTwoLocalities() throws Exception {
		mvc.perform(get("/compare").param("locality", String.valueOf(locality)).with(user(viewer())))
			.andExpect(content().string(containsString("Select at least 2 localities to compare")));
	}

	@Test
	void aComparisonCostsTheSameStatementsForThreeOrTwentyLocalities() throws Exception {
		PlanFixtures fixtures = new PlanFixtures(jdbc);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			long id = fixtures.locality("Compare Ward " + i + " " + System.nanoTime());
			long plan = fixtures.plan(id, 1 + i % 9);
			fixtures.action(plan, "Compared action " + i, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), "1", Instant.now());
			ids.add(id);
		}
		int three = statementsToCompare(ids.subList(0, 3));
		int twenty = statementsToCompare(ids);
		assertThat(twenty).isEqualTo(three).isLessThanOrEqualTo(40);
	}

	@Test
	void aDashboardReadsEachFeaturesFiguresOnceAndDerivesItsEscalationsFromThatRead() throws Exception {
		StatementCounter.reset();
		mvc.perform(get("/localities/{id}/dashboard", localityId("Newport")).with(user(viewer()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("dashboard-escalations")));
		// The actions as of the moment (plans and their Red actions), the measurements as of the moment and the
		// caseload figures: each read once for the sections and the escalations to DIG together.
		assertThat(StatementCounter.countContaining("from action_history")).isEqualTo(1);
		assertThat(StatementCounter.countContaining("from measurement_revision")).isEqualTo(1);
		assertThat(StatementCounter.countContaining("join lateral (select * from caseload_history")).isEqualTo(1);
		assertThat(StatementCounter.countContaining("from escalation_mark")).isEqualTo(1);
	}

	private int statementsToCompare(List<Long> ids) throws Exception {
		MockHttpServletRequestBuilder request = get("/compare").with(user(viewer()));
		ids.forEach(id -> request.param("locality", String.valueOf(id)));
		StatementCounter.reset();
		mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString("Compare Ward 1 ")));
		return StatementCounter.count();
	}

	private static Instant at(String day) {
		return Instant.parse(day + "T10:00:00Z");
	}
}
