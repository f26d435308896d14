package uk.gov.middlesbrough.tracker.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
 * The comparison costs the same statements however many localities it shows: two localities and six, each with
 * plans, actions, indicator figures and caseloads; the charts' trends are read only for the rows shown. Rolled back like {@link StatementGrowthIT}.
 */
@Transactional
class CompareStatementsIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	@Test
	void theComparisonIssuesTheSameStatementsForTwoLocalitiesAsForSix() throws Exception {
		List<Long> localities = addLocalities(6);
		jdbc.update("insert into escalation_source_change values (pg_current_xact_id()) on conflict do nothing");
		List<String> two = statements(localities.subList(0, 2));
		List<String> six = statements(localities);
		java.nio.file.Files.write(java.nio.file.Path.of("target/compare-statements.txt"),
				List.of("== two", String.join("\n---\n", two), "== six", String.join("\n---\n", six)));

		assertThat(six).as("two:\n%s\n\nsix:\n%s", String.join("\n", two), String.join("\n", six)).hasSameSizeAs(two);
		// The trends under the table are read for the indicators of the page of rows shown, not the whole library.
		assertThat(six).filteredOn(sql -> sql.contains("cross join indicator i")).singleElement().asString()
			.contains("and i.id in (");
	}

	private List<String> statements(List<Long> localities) throws Exception {
		String query = localities.stream().map(id -> "locality=" + id).collect(Collectors.joining("&"));
		StatementCounter.reset();
		mvc.perform(get("/compare?" + query).with(user(users.loadUserByUsername("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Compare Ward " + (localities.size() - 1) + " ")));
		return StatementCounter.statements();
	}

	private List<Long> addLocalities(int count) {
		PlanFixtures plans = new PlanFixtures(jdbc);
		IndicatorFixtures indicators = new IndicatorFixtures(jdbc);
		CaseloadFixtures caseloads = new CaseloadFixtures(jdbc);
		List<Long> indicatorIds = jdbc.queryForList("select id from indicator where frequency = 'MONTHLY' order by id", Long.class);
		Instant recorded = Instant.parse("2024-02-10T09:00:00Z");
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long locality = plans.locality("Compare Ward " + i + " " + System.nanoTime());
			ids.add(locality);
			for (int position = 1; position <= 3; position++) {
				long plan = plans.plan(locality, position);
				long action = plans.action(plan, "Compare action " + position, LocalDate.of(2024, 1, 1),
						LocalDate.of(2024, 12, 31), "1", recorded);
				plans.progress(action, 5 * position, recorded.plusSeconds(60));
			}
			for (long indicator : indicatorIds) {
				indicators.figure(indicator, locality, LocalDate.of(2023, 12, 31), "3", "Compare", recorded);
				indicators.figure(indicator, locality, LocalDate.of(2024, 1, 31), "45", "Compare", recorded);
			}
			caseloads.snapshot(locality, LocalDate.of(2024, 1, 31), "SOCIAL_WORKER", "Social Worker 1", 30, 12, 4, recorded);
		}
		return ids;
	}
}
