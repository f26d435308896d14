package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** A plan's "Update progress" form: several actions in one submit, all or nothing. */
class ProgressSheetIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(AsOf.UK);

	@Autowired
	UserDetailsService users;

	private PlanFixtures fixtures;
	private long plan;
	private long surgeries;
	private long gates;
	private long patrols;
	private long cancelled;

	@BeforeEach
	void plan() {
		fixtures = new PlanFixtures(jdbc);
		plan = fixtures.plan(fixtures.locality("Progress Sheet Ward " + System.nanoTime()), 1);
		fixtures.lead(plan, "police.lead");
		Instant lastMonth = TODAY.withDayOfMonth(1).minusDays(3).atStartOfDay(AsOf.UK).toInstant();
		surgeries = fixtures.action(plan, "Monthly street surgeries", TODAY.minusDays(100), TODAY.plusDays(100), "1", lastMonth);
		gates = fixtures.action(plan, "Alley gates fitted", TODAY.minusDays(100), TODAY.plusDays(100), "1", lastMonth);
		patrols = fixtures.action(plan, "Joint patrols", TODAY.minusDays(100), TODAY.plusDays(100), "1", lastMonth);
		fixtures.progress(gates, 60, lastMonth.plus(1, ChronoUnit.HOURS));
		cancelled = fixtures.action(plan, "Withdrawn scheme", TODAY.minusDays(100), TODAY.plusDays(100), "1", lastMonth);
		fixtures.cancel(cancelled, lastMonth.plus(2, ChronoUnit.HOURS));
	}

	@Test
	void theFormListsEveryActiveActionWithItsFiguresAndLastUpdate() throws Exception {
		Document page = page(get("/plans/{id}/progress", plan));
		assertThat(page.select("fieldset.app-progress-row legend").eachText())
			.containsExactly("Monthly street surgeries", "Alley gates fitted", "Joint patrols");
		String gatesRow = page.getElementById("action-row-" + gates).text();
		assertThat(gatesRow).contains("60% complete now", "No update this month");
		assertThat(page.select("input[name=rows[1].version]").val()).isEqualTo("1");
		assertThat(page.getElementById("action-row-" + cancelled)).isNull();
	}

	@Test
	void aPlanLeadUpdatesTwoActionsInOneSubmitAndTheBlankOneIsLeftAlone() throws Exception {
		long auditBefore = jdbc.queryForObject("select count(*) from audit_event where record_type = 'PlanAction'", Long.class);
		mvc.perform(submit(row(0, surgeries, 0, "25", "Two surgeries held"), row(1, gates, 1, "70%", "Ten more gates fitted"),
				row(2, patrols, 0, "", "")))
			.andExpect(redirectedUrl("/plans/" + plan))
			.andExpect(flash().attributeExists("success"));

		assertThat(completion(surgeries)).isEqualTo(25);
		assertThat(completion(gates)).isEqualTo(70);
		assertThat(completion(patrols)).isZero();
		assertThat(jdbc.queryForList("""
				select commentary from action_history where plan_action_id in (?, ?) and kind = 'PROGRESS' and recorded_by = 'police.lead'
				order by plan_action_id""", String.class, surgeries, gates))
			.containsExactly("Two surgeries held", "Ten more gates fitted");
		assertThat(jdbc.queryForObject("select count(*) from action_history where plan_action_id = ?", Long.class, patrols))
			.isEqualTo(1);
		// As a single update does: each changed action's completion audited.
		assertThat(jdbc.queryForList("""
				select record_id from audit_event where record_type = 'PlanAction' and kind = 'UPDATE' and field = 'completion'
				and record_id in (?, ?, ?) order by record_id""", String.class, String.valueOf(surgeries), String.valueOf(gates),
				String.valueOf(patrols)))
			.containsExactly(String.valueOf(surgeries), String.valueOf(gates));
		assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'PlanAction'", Long.class))
			.isGreaterThan(auditBefore);
		Document planPage = page(get("/plans/{id}", plan));
		assertThat(planPage.getElementById("actions").text()).contains("No update this month");
		assertThat(planPage.select("#actions tr:contains(Alley gates fitted)").text()).contains("70%")
			.doesNotContain("No update this month");
	}

	@Test
	void everyWrongRowIsNamedBesideItAndInTheSummaryAndNothingIsSaved() throws Exception {
		Document page = page(submit(row(0, surgeries, 0, "25", "Two surgeries held"), row(1, gates, 1, "40", ""),
				row(2, patrols, 0, "forty", "Patrols started")));

		assertThat(page.select("#error-summary li").eachText()).containsExactly(
				"Say why “Alley gates fitted” has gone down from 60% to 40%",
				"The percentage complete for “Joint patrols” must be a whole number from 0 to 100");
		assertThat(page.select("#error-summary a").eachAttr("href")).containsExactly("#rows-1-commentary", "#rows-2-completion");
		assertThat(page.getElementById("rows-1-commentary-error").text()).contains("has gone down from 60% to 40%");
		assertThat(page.getElementById("rows-2-completion").val()).isEqualTo("forty");
		assertThat(page.getElementById("rows-0-commentary").text()).isEqualTo("Two surgeries held");
		assertThat(completion(surgeries)).isZero();
		assertThat(jdbc.queryForObject("""
				select count(*) from action_history where plan_action_id in (?, ?, ?) and recorded_by = 'police.lead'""", Long.class,
				surgeries, gates, patrols)).isZero();
	}

	@Test
	void aFormWithEveryRowBlankSaysSo() throws Exception {
		Document page = page(submit(row(0, surgeries, 0, "", " "), row(1, gates, 1, "", ""), row(2, patrols, 0, "", "")));
		assertThat(page.select("#error-summary li").eachText())
			.containsExactly("Enter the percentage complete and what has happened for at least one action, or go back to the plan");
	}

	@Test
	void aRowSomeoneElseSavedMeanwhileRefusesTheWholeSubmitAndShowsTheNewerFigures() throws Exception {
		mvc.perform(post("/actions/{id}/progress", gates).with(user(as("head"))).with(csrf())
				.param("completion", "80").param("commentary", "Head of service update").param("version", "1"))
			.andExpect(redirectedUrl("/actions/" + gates));

		Document page = page(submit(row(0, surgeries, 0, "25", "Two surgeries held"), row(1, gates, 1, "75", "Ten more gates fitted")));
		assertThat(page.getElementById("error-summary").text()).contains("Nothing has been saved",
				"Someone else updated “Alley gates fitted” meanwhile: it is now 80% complete");
		assertThat(page.getElementById("action-row-" + gates).text()).contains("80% complete now");
		assertThat(page.getElementById("rows-1-completion").val()).isEqualTo("75");
		assertThat(page.select("input[name=rows[1].version]").val()).isEqualTo("2");
		assertThat(completion(surgeries)).isZero();
		assertThat(completion(gates)).isEqualTo(80);

		mvc.perform(submit(row(0, surgeries, 0, "25", "Two surgeries held"), row(1, gates, 2, "75", "Ten more gates fitted")))
			.andExpect(redirectedUrl("/plans/" + plan));
		assertThat(completion(surgeries)).isEqualTo(25);
		assertThat(completion(gates)).isEqualTo(75);
	}

	@Test
	void aManagerOfAnotherLocalityIsRefused() throws Exception {
		mvc.perform(get("/plans/{id}/progress", plan).with(user(as("newport.manager")))).andExpect(status().isForbidden());
		mvc.perform(submit(row(0, surgeries, 0, "25", "Not mine")).with(user(as("newport.manager"))))
			.andExpect(status().isForbidden());
		assertThat(completion(surgeries)).isZero();
	}

	@Test
	void theFormCostsTheSameStatementsWithThreeOrFortyActions() throws Exception {
		long large = fixtures.plan(jdbc.queryForObject("select locality_id from action_plan where id = ?", Long.class, plan), 2);
		fixtures.lead(large, "police.lead");
		for (int i = 0; i < 40; i++) {
			long id = fixtures.action(large, "Large " + i, TODAY.minusDays(30), TODAY.plusDays(30), "1", Instant.now());
			fixtures.progress(id, i, Instant.now());
		}
		StatementCounter.reset();
		page(get("/plans/{id}/progress", plan));
		int small = StatementCounter.count();
		StatementCounter.reset();
		page(get("/plans/{id}/progress", large));
		assertThat(StatementCounter.count()).isEqualTo(small).isLessThanOrEqualTo(12);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		String html = mvc.perform(request.with(user(as("police.lead")))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private MockHttpServletRequestBuilder submit(String[]... rows) {
		MockHttpServletRequestBuilder request = post("/plans/{id}/progress", plan).with(user(as("police.lead"))).with(csrf());
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i += 2) {
				request.param(row[i], row[i + 1]);
			}
		}
		return request;
	}

	private static String[] row(int index, long actionId, long version, String completion, String commentary) {
		String prefix = "rows[" + index + "].";
		return new String[] { prefix + "actionId", String.valueOf(actionId), prefix + "version", String.valueOf(version),
				prefix + "completion", completion, prefix + "commentary", commentary };
	}

	private int completion(long actionId) {
		return jdbc.queryForObject("select completion from plan_action where id = ?", Integer.class, actionId);
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}
}
