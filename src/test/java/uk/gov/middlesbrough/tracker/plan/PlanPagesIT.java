package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;

class PlanPagesIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(uk.gov.middlesbrough.tracker.web.AsOf.UK);

	@Autowired
	UserDetailsService users;

	private PlanFixtures fixtures;
	private long locality;
	private long safePlan;

	@BeforeEach
	void plans() {
		fixtures = new PlanFixtures(jdbc);
		locality = fixtures.locality("Plan Pages Ward " + System.nanoTime());
		safePlan = fixtures.plan(locality, 1);
		fixtures.lead(safePlan, "police.lead");
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}

	@Test
	void addingALocalityThroughThePageCreatesItsNinePlansFromTheTemplate() throws Exception {
		mvc.perform(post("/localities").with(user(as("admin"))).with(csrf())
				.param("name", "Coulby Newham").param("ward", "Coulby Newham").param("status", "ROLL_OUT")
				.param("startDate.day", "1").param("startDate.month", "9").param("startDate.year", "2026"))
			.andExpect(status().is3xxRedirection());
		List<String> titles = jdbc.queryForList("""
				select p.title from action_plan p join locality l on l.id = p.locality_id
				where l.name = 'Coulby Newham' order by p.position""", String.class);
		assertThat(titles).hasSize(9).startsWith("Making People Feel Safe", "Better Outcomes for Children")
			.endsWith("Employment, Skills and Financial Inclusion");
		assertThat(jdbc.queryForObject("""
				select objectives from action_plan p join locality l on l.id = p.locality_id
				where l.name = 'Coulby Newham' and p.position = 2""", String.class))
			.contains("Stronger families", "Educational attainment", "Reduce child sexual and criminal exploitation",
					"Fewer children looked after");
	}

	@Test
	void aPlanLeadAddsAnActionAndRecordsProgressAndThePlanRollsUp() throws Exception {
		String location = mvc.perform(post("/plans/{id}/actions", safePlan).with(user(as("police.lead"))).with(csrf())
				.param("specific", "Mini Police six-week programme").param("measure", "Pupils completing")
				.param("targetValue", "60 pupils").param("ownerPost", "PCSO").param("relevantObjective", "Reduce ASB")
				.param("startDate.day", "1").param("startDate.month", "1").param("startDate.year", "2025")
				.param("dueDate.day", "1").param("dueDate.month", "1").param("dueDate.year", String.valueOf(TODAY.getYear() + 2))
				.param("weight", "1"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long actionId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(post("/actions/{id}/progress", actionId).with(user(as("police.lead"))).with(csrf())
				.param("completion", "25").param("commentary", "Programme running in the first school").param("version", "0"))
			.andExpect(redirectedUrl("/actions/" + actionId));

		mvc.perform(get("/actions/{id}", actionId).with(user(as("police.lead"))))
			.andExpect(content().string(containsString("25% complete")))
			.andExpect(content().string(containsString("0% to 25%")))
			.andExpect(content().string(containsString("Programme running in the first school")));
		mvc.perform(get("/plans/{id}", safePlan).with(user(as("viewer"))))
			.andExpect(content().string(containsString("25.0%")))
			.andExpect(content().string(containsString("Mini Police six-week programme")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"add-action\""))));
	}

	@Test
	void anActionLinkedToAPmfIndicatorShowsTheLinkOnItsPage() throws Exception {
		long asb = jdbc.queryForObject("select id from indicator where code = 'asb-incidents'", Long.class);
		mvc.perform(get("/plans/{id}/actions/new", safePlan).with(user(as("head"))))
			.andExpect(content().string(containsString("<option value=\"" + asb + "\">Anti-social behaviour incidents</option>")));
		String location = mvc.perform(post("/plans/{id}/actions", safePlan).with(user(as("head"))).with(csrf())
				.param("specific", "Targeted patrols at the hot spots").param("measure", "Incidents per month")
				.param("targetValue", "Single figures").param("indicatorId", String.valueOf(asb)).param("ownerPost", "PCSO")
				.param("relevantObjective", "Reduce ASB").param("weight", "1")
				.param("startDate.day", "1").param("startDate.month", "1").param("startDate.year", "2025")
				.param("dueDate.day", "1").param("dueDate.month", "1").param("dueDate.year", String.valueOf(TODAY.getYear() + 1)))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long actionId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(jdbc.queryForObject("select indicator_id from plan_action where id = ?", Long.class, actionId)).isEqualTo(asb);
		mvc.perform(get("/actions/{id}", actionId).with(user(as("viewer"))))
			.andExpect(content().string(containsString("<a class=\"govuk-link\" href=\"/indicators/" + asb + "\">Anti-social behaviour incidents</a>")));
		mvc.perform(get("/actions/{id}/edit", actionId).with(user(as("head"))))
			.andExpect(content().string(containsString("<option value=\"" + asb + "\" selected=\"selected\">")));
		mvc.perform(post("/actions/{id}", actionId).with(user(as("head"))).with(csrf())
				.param("specific", "Targeted patrols at the hot spots").param("measure", "Incidents per month")
				.param("targetValue", "Single figures").param("indicatorId", "999999999").param("ownerPost", "PCSO")
				.param("relevantObjective", "Reduce ASB").param("weight", "1").param("version", "0")
				.param("startDate.day", "1").param("startDate.month", "1").param("startDate.year", "2025")
				.param("dueDate.day", "1").param("dueDate.month", "1").param("dueDate.year", String.valueOf(TODAY.getYear() + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#indicatorId\">Select an indicator from the list</a>")));
	}

	@Test
	void refusesAnImpossibleActionWithMessagesBesideTheFields() throws Exception {
		mvc.perform(post("/plans/{id}/actions", safePlan).with(user(as("head"))).with(csrf())
				.param("specific", "").param("measure", "x").param("targetValue", "x").param("ownerPost", "x")
				.param("relevantObjective", "x").param("weight", "-1")
				.param("startDate.day", "10").param("startDate.month", "5").param("startDate.year", "2026")
				.param("dueDate.day", "9").param("dueDate.month", "5").param("dueDate.year", "2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#specific\">Enter what will be done</a>")))
			.andExpect(content().string(containsString("href=\"#dueDate\">The due date must be the same as or after the start date</a>")))
			.andExpect(content().string(containsString("href=\"#weight\">Weight must be a number from 0 to 100")));
		assertThat(jdbc.queryForObject("select count(*) from plan_action where action_plan_id = ?", Integer.class, safePlan)).isZero();
	}

	@Test
	void refusesAPercentageOverOneHundred() throws Exception {
		long action = fixtures.action(safePlan, "Alley makeover", TODAY.minusDays(10), TODAY.plusDays(10), "1", Instant.now());
		mvc.perform(post("/actions/{id}/progress", action).with(user(as("head"))).with(csrf())
				.param("completion", "101").param("commentary", "Too keen").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#completion\">Percentage complete must be 100 or less</a>")));
		assertThat(jdbc.queryForObject("select completion from plan_action where id = ?", Integer.class, action)).isZero();
	}

	@Test
	void theSecondOfTwoConcurrentUpdatesIsRefusedAndNothingIsLost() throws Exception {
		long action = fixtures.action(safePlan, "Selective Landlord Licensing visits", TODAY.minusDays(10), TODAY.plusDays(10), "1",
				Instant.now());
		mvc.perform(post("/actions/{id}/progress", action).with(user(as("head"))).with(csrf())
				.param("completion", "40").param("commentary", "First editor").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/actions/{id}/progress", action).with(user(as("police.lead"))).with(csrf())
				.param("completion", "10").param("commentary", "Second editor, stale").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this action")))
			.andExpect(content().string(containsString("40% complete")))
			.andExpect(content().string(containsString("First editor")));
		assertThat(jdbc.queryForObject("select completion from plan_action where id = ?", Integer.class, action)).isEqualTo(40);
		assertThat(jdbc.queryForList("select commentary from action_history where plan_action_id = ? and kind = 'PROGRESS'",
				String.class, action)).containsExactly("First editor");
	}

	@Test
	void aManagerCannotReachAnotherLocalitysActions() throws Exception {
		long action = fixtures.action(safePlan, "Joint street warden visits", TODAY.minusDays(10), TODAY.plusDays(10), "1",
				Instant.now());
		mvc.perform(get("/actions/{id}/edit", action).with(user(as("newport.manager")))).andExpect(status().isForbidden());
		mvc.perform(post("/actions/{id}/progress", action).with(user(as("newport.manager"))).with(csrf())
				.param("completion", "90").param("commentary", "Not mine").param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actions/{id}", action).with(user(as("newport.manager"))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"progress-form\""))));
		assertThat(jdbc.queryForObject("select completion from plan_action where id = ?", Integer.class, action)).isZero();
	}

	@Test
	void aManagerWorksOnTheirOwnLocalitysPlans() throws Exception {
		long newport = fixtures.locality("Newport");
		long housing = fixtures.plan(newport, 8);
		long action = fixtures.action(housing, "Empty homes survey", TODAY.minusDays(10), TODAY.plusDays(10), "1", Instant.now());
		mvc.perform(post("/actions/{id}/progress", action).with(user(as("newport.manager"))).with(csrf())
				.param("completion", "50").param("commentary", "Half the streets surveyed").param("version", "0"))
			.andExpect(redirectedUrl("/actions/" + action));
		mvc.perform(get("/plans/{id}/edit", housing).with(user(as("newport.manager")))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select completion from plan_action where id = ?", Integer.class, action)).isEqualTo(50);
	}

	@Test
	void aPlanLeadCannotWorkOnAPlanTheyDoNotLead() throws Exception {
		long otherPlan = fixtures.plan(locality, 3);
		mvc.perform(get("/plans/{id}/actions/new", otherPlan).with(user(as("police.lead")))).andExpect(status().isForbidden());
		mvc.perform(get("/plans/{id}/edit", safePlan).with(user(as("police.lead")))).andExpect(status().isForbidden());
		mvc.perform(get("/plans/{id}/reviews/new", safePlan).with(user(as("police.lead")))).andExpect(status().isOk());
	}

	@Test
	void recordingAReviewClearsReviewOverdue() throws Exception {
		mvc.perform(get("/plans/{id}", safePlan).with(user(as("viewer"))))
			.andExpect(content().string(containsString("Review overdue")));
		mvc.perform(post("/plans/{id}/reviews", safePlan).with(user(as("police.lead"))).with(csrf())
				.param("reviewedOn.day", String.valueOf(TODAY.getDayOfMonth()))
				.param("reviewedOn.month", String.valueOf(TODAY.getMonthValue()))
				.param("reviewedOn.year", String.valueOf(TODAY.getYear()))
				.param("notes", "Monthly multi-agency review held at the hub"))
			.andExpect(redirectedUrl("/plans/" + safePlan));
		mvc.perform(get("/plans/{id}", safePlan).with(user(as("viewer"))))
			.andExpect(content().string(containsString("Monthly multi-agency review held at the hub")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Review overdue"))));
	}

	@Test
	void refusesAReviewDatedInTheFuture() throws Exception {
		LocalDate tomorrow = TODAY.plusDays(1);
		mvc.perform(post("/plans/{id}/reviews", safePlan).with(user(as("head"))).with(csrf())
				.param("reviewedOn.day", String.valueOf(tomorrow.getDayOfMonth()))
				.param("reviewedOn.month", String.valueOf(tomorrow.getMonthValue()))
				.param("reviewedOn.year", String.valueOf(tomorrow.getYear())).param("notes", "Early"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date of the review must be today or in the past")));
	}

	@Test
	void aCancelledActionLeavesTheRollUpAndCanBeReinstated() throws Exception {
		long kept = fixtures.action(safePlan, "Kept", TODAY.minusDays(10), TODAY.plusDays(10), "1", Instant.now());
		long dropped = fixtures.action(safePlan, "Dropped", TODAY.minusDays(10), TODAY.plusDays(10), "1", Instant.now());
		fixtures.progress(kept, 60, Instant.now());
		mvc.perform(get("/plans/{id}", safePlan).with(user(as("viewer")))).andExpect(content().string(containsString("30.0%")));
		// The confirmation page says what changes: (60 + 0) / 2 = 30 % now, 60 % without it.
		mvc.perform(get("/actions/{id}/cancel", dropped).with(user(as("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("It leaves the plan’s roll-up")))
			.andExpect(content().string(containsString("The plan’s completion goes from 30.0% to 60.0%.")));
		// Without a reason nothing changes.
		mvc.perform(post("/actions/{id}/cancel", dropped).with(user(as("head"))).with(csrf()).param("version", "0").param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#reason\">Say why</a>")));
		assertThat(jdbc.queryForObject("select status from plan_action where id = ?", String.class, dropped)).isEqualTo("ACTIVE");
		mvc.perform(post("/actions/{id}/cancel", dropped).with(user(as("head"))).with(csrf()).param("version", "0")
				.param("reason", "Funding withdrawn by the partner"))
			.andExpect(redirectedUrl("/actions/" + dropped));
		mvc.perform(get("/plans/{id}", safePlan).with(user(as("viewer")))).andExpect(content().string(containsString("60.0%")));
		mvc.perform(post("/actions/{id}/reinstate", dropped).with(user(as("head"))).with(csrf()).param("version", "1")
				.param("reason", "Funding found again"))
			.andExpect(redirectedUrl("/actions/" + dropped));
		mvc.perform(get("/plans/{id}", safePlan).with(user(as("viewer")))).andExpect(content().string(containsString("30.0%")));
		assertThat(jdbc.queryForList("select kind || ': ' || coalesce(commentary, '') from action_history where plan_action_id = ?"
				+ " order by id", String.class, dropped))
			.containsExactly("CREATED: ", "CANCELLED: Funding withdrawn by the partner", "REINSTATED: Funding found again");
	}

	@Test
	void thePlanPageListsTheLatestSixReviewsAndFoldsTheRest() throws Exception {
		for (int month = 1; month <= 8; month++) {
			jdbc.update("insert into plan_review (action_plan_id, reviewed_on, notes, recorded_by) values (?, ?, ?, 'head')",
					safePlan, LocalDate.of(2025, month, 10), "Review " + month);
		}
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(mvc.perform(get("/plans/{id}", safePlan).with(user(as("viewer"))))
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("#reviews tbody tr td:nth-child(2)").eachText())
			.containsExactly("Review 8", "Review 7", "Review 6", "Review 5", "Review 4", "Review 3");
		assertThat(page.select("#earlier-reviews summary").text()).isEqualTo("Show the 2 earlier reviews");
		assertThat(page.select("#earlier-reviews-table tbody tr td:nth-child(2)").eachText()).containsExactly("Review 2", "Review 1");
	}

	@Test
	void movingTheDueDateAsksWhyAndKeepsTheReason() throws Exception {
		long action = fixtures.action(safePlan, "Moved", TODAY.minusDays(10), TODAY.plusDays(10), "1", Instant.now());
		LocalDate later = TODAY.plusDays(40);
		mvc.perform(edit(action, later, "", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#changeReason\">Say why the due date is moving</a>")));
		mvc.perform(edit(action, later, "The contractor moved the start", 0)).andExpect(redirectedUrl("/actions/" + action));
		assertThat(jdbc.queryForObject("select due_date from plan_action where id = ?", LocalDate.class, action)).isEqualTo(later);
		assertThat(jdbc.queryForObject("select commentary from action_history where plan_action_id = ? and kind = 'EDITED'",
				String.class, action)).isEqualTo("The contractor moved the start");
		// Other changes need no reason.
		mvc.perform(edit(action, later, "", 1)).andExpect(redirectedUrl("/actions/" + action));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(long action, LocalDate due, String reason,
			long version) {
		LocalDate start = TODAY.minusDays(10);
		return post("/actions/{id}", action).with(user(as("head"))).with(csrf())
			.param("specific", "Moved").param("measure", "Sessions delivered").param("targetValue", "6 sessions")
			.param("ownerPost", "Neighbourhood Manager").param("relevantObjective", "Reduce anti-social behaviour")
			.param("startDate.day", String.valueOf(start.getDayOfMonth())).param("startDate.month", String.valueOf(start.getMonthValue()))
			.param("startDate.year", String.valueOf(start.getYear()))
			.param("dueDate.day", String.valueOf(due.getDayOfMonth())).param("dueDate.month", String.valueOf(due.getMonthValue()))
			.param("dueDate.year", String.valueOf(due.getYear())).param("weight", "1").param("version", String.valueOf(version)).param("changeReason", reason);
	}

	@Test
	void cancellingACancelledOrReinstatingAnActiveActionIsRefusedWithAMessage() throws Exception {
		long action = fixtures.action(safePlan, "Twice", TODAY.minusDays(10), TODAY.plusDays(10), "1", Instant.now());
		mvc.perform(post("/actions/{id}/reinstate", action).with(user(as("head"))).with(csrf()).param("version", "0")
				.param("reason", "Why not"))
			.andExpect(redirectedUrl("/actions/" + action))
			.andExpect(flash().attribute("problem", "action.reinstate.notCancelled"));
		mvc.perform(post("/actions/{id}/cancel", action).with(user(as("head"))).with(csrf()).param("version", "0")
				.param("reason", "Done elsewhere"))
			.andExpect(redirectedUrl("/actions/" + action));
		mvc.perform(post("/actions/{id}/cancel", action).with(user(as("head"))).with(csrf()).param("version", "1")
				.param("reason", "Done elsewhere"))
			.andExpect(redirectedUrl("/actions/" + action))
			.andExpect(flash().attribute("problem", "action.cancel.alreadyCancelled"));
		assertThat(jdbc.queryForList("select kind from action_history where plan_action_id = ? order by id", String.class,
				action)).containsExactly("CREATED", "CANCELLED");
	}

	@Test
	void thePlanPageCostsTheSameStatementsWithTwoOrFortyActions() throws Exception {
		long small = fixtures.plan(locality, 4);
		long large = fixtures.plan(locality, 5);
		for (int i = 0; i < 2; i++) {
			fixtures.action(small, "Small " + i, TODAY.minusDays(30), TODAY.plusDays(30), "1", Instant.now());
		}
		for (int i = 0; i < 40; i++) {
			long id = fixtures.action(large, "Large " + i, TODAY.minusDays(30), TODAY.plusDays(30), "1", Instant.now());
			fixtures.progress(id, i, Instant.now());
		}
		int smallCount = statementsFor("/plans/" + small);
		int largeCount = statementsFor("/plans/" + large);
		assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(8);
	}

	@Test
	void theLocalityPlansPageCostsAFixedNumberOfStatements() throws Exception {
		int before = statementsFor("/localities/" + locality + "/plans");
		for (int position = 1; position <= 9; position++) {
			long plan = fixtures.plan(locality, position);
			for (int i = 0; i < 5; i++) {
				fixtures.action(plan, "Action " + i, TODAY.minusDays(30), TODAY.plusDays(30), "1", Instant.now());
			}
		}
		int after = statementsFor("/localities/" + locality + "/plans");
		assertThat(after).isEqualTo(before).isLessThanOrEqualTo(8);
	}

	private int statementsFor(String path) throws Exception {
		UserDetails viewer = as("viewer");
		StatementCounter.reset();
		mvc.perform(get(path).with(user(viewer))).andExpect(status().isOk());
		return StatementCounter.count();
	}
}
