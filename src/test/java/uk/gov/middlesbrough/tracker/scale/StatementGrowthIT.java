package uk.gov.middlesbrough.tracker.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.caseload.CaseloadFixtures;
import uk.gov.middlesbrough.tracker.indicator.IndicatorFixtures;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;

/**
 * No page's cost grows with localities it does not show: every page issues the same statements with the pilot's
 * localities as with sixty more, each with plans, actions, indicator figures and caseloads. The test runs in one
 * transaction that is rolled back (MockMvc serves the requests on the test's thread, inside it), so the other
 * tests never see the extra localities.
 */
@Transactional
class StatementGrowthIT extends IntegrationTest {

	private static final int MORE_LOCALITIES = 60;

	@Autowired
	UserDetailsService users;

	@Test
	void everyPageIssuesTheSameStatementsWithSixtyMoreLocalities() throws Exception {
		long newport = localityId("Newport");
		long northOrmesby = localityId("North Ormesby");
		long plan = jdbc.queryForObject("select min(id) from action_plan where locality_id = ?", Long.class, newport);
		long action = jdbc.queryForObject("select min(id) from plan_action where action_plan_id = ?", Long.class, plan);
		long indicator = jdbc.queryForObject("select id from indicator where code = 'asb-incidents'", Long.class);
		List<String> pages = List.of("/", "/localities", "/localities/" + newport + "/dashboard",
				"/localities/" + newport + "/dashboard?asOf.day=1&asOf.month=3&asOf.year=2022",
				"/compare?locality=" + newport + "&locality=" + northOrmesby, "/localities/" + newport + "/plans",
				"/plans/" + plan, "/actions/" + action, "/indicators/" + indicator, "/localities/" + newport + "/surveys",
				"/localities/" + newport + "/caseloads", "/escalations", "/localities/" + newport + "/escalations");
		// A transaction that has written derives the DIG list across localities itself (CurrentEscalations keeps
		// it only between transactions that have not): so both measures below derive it, not only the second.
		jdbc.update("insert into escalation_source_change values (pg_current_xact_id()) on conflict do nothing");
		Map<String, Integer> pilot = statements(pages);

		addLocalities();
		// The pages see the new localities (the requests run inside the test's transaction).
		mvc.perform(get("/localities").with(user(users.loadUserByUsername("head"))))
			.andExpect(content().string(containsString("Growth Ward " + (MORE_LOCALITIES - 1) + " ")));
		mvc.perform(get("/escalations").with(user(users.loadUserByUsername("head"))))
			.andExpect(content().string(containsString("Growth Ward 0 ")));
		Map<String, Integer> county = statements(pages);

		assertThat(county).isEqualTo(pilot);
		assertThat(jdbc.queryForObject("select count(*) from locality", Integer.class)).isGreaterThanOrEqualTo(63);
	}

	private Map<String, Integer> statements(List<String> pages) throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : pages) {
			StatementCounter.reset();
			mvc.perform(get(page).with(user(users.loadUserByUsername("head")))).andExpect(status().isOk());
			counts.put(page, StatementCounter.count());
		}
		return counts;
	}

	private void addLocalities() {
		PlanFixtures plans = new PlanFixtures(jdbc);
		IndicatorFixtures indicators = new IndicatorFixtures(jdbc);
		CaseloadFixtures caseloads = new CaseloadFixtures(jdbc);
		long indicator = jdbc.queryForObject("select id from indicator where code = 'asb-incidents'", Long.class);
		Instant recorded = Instant.parse("2024-02-10T09:00:00Z");
		for (int i = 0; i < MORE_LOCALITIES; i++) {
			long locality = plans.locality("Growth Ward " + i + " " + System.nanoTime());
			for (int position = 1; position <= 9; position++) {
				long plan = plans.plan(locality, position);
				long action = plans.action(plan, "Growth action " + position, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
						"1", recorded);
				plans.progress(action, 5 * position, recorded.plusSeconds(60));
			}
			indicators.figure(indicator, locality, LocalDate.of(2023, 12, 31), "40", "Growth", recorded);
			indicators.figure(indicator, locality, LocalDate.of(2024, 1, 31), "45", "Growth", recorded);
			caseloads.snapshot(locality, LocalDate.of(2024, 1, 31), "SOCIAL_WORKER", "Social Worker 1", 30, 12, 4, recorded);
		}
	}
}
