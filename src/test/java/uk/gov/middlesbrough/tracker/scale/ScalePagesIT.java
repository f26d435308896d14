package uk.gov.middlesbrough.tracker.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.caseload.CaseloadFixtures;
import uk.gov.middlesbrough.tracker.indicator.IndicatorFixtures;
import uk.gov.middlesbrough.tracker.indicator.IndicatorQueries;
import uk.gov.middlesbrough.tracker.indicator.IndicatorSeries;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Pages that stay readable and cheap at county scale: the latest figures kept by triggers agree with the history,
 * the indicator page shows one locality's history at a time, long lists are paged. Each test runs in a transaction
 * that is rolled back, so other tests never see its localities.
 */
@Transactional
class ScalePagesIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	@Autowired
	IndicatorQueries queries;

	private final Instant recorded = Instant.parse("2024-03-10T09:00:00Z");

	@Test
	void todaysLatestFiguresFromTheTriggersAgreeWithTheHistoryAsOfNow() {
		IndicatorFixtures fixtures = new IndicatorFixtures(jdbc);
		long indicator = fixtures.indicator("latest-" + System.nanoTime(), "COUNT", "LOWER_IS_BETTER", "20", "1");
		List<Long> localities = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			long locality = fixtures.locality("Latest Ward " + i + " " + System.nanoTime());
			localities.add(locality);
			for (int month = 1; month <= 5; month++) {
				fixtures.figure(indicator, locality, LocalDate.of(2024, month, 1).plusMonths(1).minusDays(1),
						String.valueOf(30 - month * i), "s", recorded);
			}
		}
		// A correction (an update of measurement) and a figure for an earlier period (an insert that is not the latest).
		fixtures.correct(indicator, localities.get(1), LocalDate.of(2024, 5, 31), "12.5", "fixed", recorded.plusSeconds(60));
		fixtures.figure(indicator, localities.get(2), LocalDate.of(2023, 12, 31), "99", "s", recorded);

		Map<String, Object> latest = jdbc.queryForMap("""
				select latest_period, latest_value, previous_period, previous_value from measurement_latest
				where indicator_id = ? and locality_id = ?""", indicator, localities.get(1));
		assertThat(latest).containsEntry("latest_period", java.sql.Date.valueOf("2024-05-31"))
			.containsEntry("latest_value", new BigDecimal("12.50"))
			.containsEntry("previous_period", java.sql.Date.valueOf("2024-04-30"))
			.containsEntry("previous_value", new BigDecimal("26.00"));

		AsOf now = AsOf.now(clock);
		// The same moment read the long way (each figure's history as of then), as a past view would be.
		AsOf history = new AsOf(now.cutoff(), now.day(), true);
		for (int depth : List.of(2, 12)) {
			assertThat(judged(queries.recentSeries(localities, now, depth), indicator))
				.isEqualTo(judged(queries.recentSeries(localities, history, depth), indicator))
				.hasSize(3);
		}
		assertThat(judged(queries.recentSeries(localities, now, 2), indicator).get(1))
			.isEqualTo("12.5 from 26 to 12.5 IMPROVING ON_TARGET");
	}

	private static List<String> judged(List<IndicatorSeries> all, long indicator) {
		return all.stream().filter(each -> each.indicator().id() == indicator)
			.map(each -> each.series().latest().formatted() + " from " + (each.series().previous() == null ? "-"
					: each.series().previous().formatted()) + " to " + each.series().latest().formatted() + " "
					+ each.series().direction() + " " + each.series().targetCheck().status())
			.toList();
	}

	@Test
	void theIndicatorPageShowsOneLocalitysHistoryAtATimeWhenManyHaveFigures() throws Exception {
		IndicatorFixtures fixtures = new IndicatorFixtures(jdbc);
		long indicator = fixtures.indicator("one-at-a-time-" + System.nanoTime(), "COUNT", "LOWER_IS_BETTER", "20", "1");
		List<Long> localities = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long locality = fixtures.locality("History Ward " + i + " " + System.nanoTime());
			localities.add(locality);
			fixtures.figure(indicator, locality, LocalDate.of(2024, 1, 31), "30", "s", recorded);
			fixtures.figure(indicator, locality, LocalDate.of(2024, 2, 29), String.valueOf(25 + i), "s", recorded);
		}

		Document first = page("/indicators/" + indicator);
		assertThat(first.select("#latest-by-locality tbody tr")).hasSize(5);
		assertThat(first.select("section.app-indicator-locality")).hasSize(1);
		assertThat(first.select("#latest-by-locality a[aria-current=true]")).hasSize(1);

		Document third = page("/indicators/" + indicator + "?locality=" + localities.get(2));
		assertThat(third.select("section.app-indicator-locality")).singleElement()
			.satisfies(section -> assertThat(section.id()).isEqualTo("locality-" + localities.get(2)));
		assertThat(third.select("#figures-" + localities.get(2) + " tbody tr")).hasSize(2);
		assertThat(third.select("#latest-by-locality a[aria-current=true]").text()).startsWith("History Ward 2 ");
	}

	@Test
	void theEscalationListIsPagedAHundredItemsAtATime() throws Exception {
		IndicatorFixtures fixtures = new IndicatorFixtures(jdbc);
		long locality = fixtures.locality("Paged Ward " + System.nanoTime());
		for (int i = 0; i < 130; i++) {
			// Off target beyond tolerance: one open item each.
			long indicator = fixtures.indicator("paged-" + i + "-" + System.nanoTime(), "COUNT", "LOWER_IS_BETTER", "20", "1");
			fixtures.figure(indicator, locality, LocalDate.of(2024, 2, 29), "40", "s", recorded);
		}
		String path = "/localities/" + locality + "/escalations";
		Document first = page(path);
		assertThat(first.select("#open-items tbody tr")).hasSize(100);
		assertThat(first.select("#showing").text()).startsWith("Showing items 1 to 100 of 130");
		String next = first.select(".govuk-pagination__next a").attr("href");
		assertThat(next).isEqualTo(path + "?page=2");

		Document second = page(next);
		assertThat(second.select("#open-items tbody tr")).hasSize(30);
		assertThat(second.select("#showing").text()).startsWith("Showing items 101 to 130 of 130");
		assertThat(second.select(".govuk-pagination__prev a").attr("href")).isEqualTo(path + "?page=1");
		assertThat(second.select(".govuk-pagination__next")).isEmpty();
	}

	@Test
	void aDashboardShowsFiftyIndicatorsAPageAndTwentyEscalations() throws Exception {
		IndicatorFixtures fixtures = new IndicatorFixtures(jdbc);
		long locality = fixtures.locality("Dashboard Paging Ward " + System.nanoTime());
		for (int i = 0; i < 60; i++) {
			long indicator = fixtures.indicator("dash-" + i + "-" + System.nanoTime(), "COUNT", "LOWER_IS_BETTER", "20", "1");
			fixtures.figure(indicator, locality, LocalDate.of(2024, 1, 31), "30", "s", recorded);
			fixtures.figure(indicator, locality, LocalDate.of(2024, 2, 29), "40", "s", recorded);
		}
		String path = "/localities/" + locality + "/dashboard";
		Document first = page(path);
		assertThat(first.select("#dashboard-indicators > tbody > tr")).hasSize(50);
		// Beyond 40 indicators each row links to its figures rather than listing them.
		assertThat(first.select("#dashboard-indicators .app-trend-figures")).isEmpty();
		assertThat(first.select("#dashboard-escalations > li")).hasSize(20);
		assertThat(first.select("#dashboard-escalations-shown").text()).startsWith("The first 20 of 120 open items");
		Document second = page(first.select("#indicators-heading ~ .govuk-pagination .govuk-pagination__next a").attr("href"));
		assertThat(second.select("#dashboard-indicators > tbody > tr")).hasSize(10);
	}

	@Test
	void earlierCaseloadFiguresArePaged() throws Exception {
		CaseloadFixtures fixtures = new CaseloadFixtures(jdbc);
		long locality = fixtures.locality("Caseload Paging Ward " + System.nanoTime());
		for (int month = 0; month < 61; month++) {
			fixtures.snapshot(locality, LocalDate.of(2020, 1, 31).plusMonths(month), "SOCIAL_WORKER", "Social Worker 1", 20, 10, 2,
					recorded);
		}
		Document first = page("/localities/" + locality + "/caseloads");
		assertThat(first.select("#latest tbody tr")).hasSize(1);
		assertThat(first.select("#earlier tbody tr")).hasSize(50);
		assertThat(first.select(".govuk-pagination__next a").attr("href")).isEqualTo("/localities/" + locality + "/caseloads?earlier=2");
		Document second = page(first.select(".govuk-pagination__next a").attr("href"));
		assertThat(second.select("#earlier tbody tr")).hasSize(10);

		// Shown again after a refused form, the page's links still lead to the page, not to the form's address.
		Document refused = Jsoup.parse(mvc.perform(post("/localities/{id}/caseloads/snapshots", locality).with(csrf())
				.with(user(users.loadUserByUsername("head")))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(refused.select(".govuk-error-summary")).isNotEmpty();
		assertThat(refused.select(".govuk-pagination__next a").attr("href")).isEqualTo("/localities/" + locality + "/caseloads?earlier=2");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(users.loadUserByUsername("head")))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
	}
}
