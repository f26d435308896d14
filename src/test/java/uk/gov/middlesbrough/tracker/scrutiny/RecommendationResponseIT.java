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
import static uk.gov.middlesbrough.tracker.scrutiny.ScrutinyFixtures.panelAgreed;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The executive's decision (with reasons where it needs them) and closing with the panel's agreement, on the
 * recommendation's page, its timeline, the tracker and its export; and the page as of a past day, with its delivering
 * actions' completion and RAG as they stood then.
 */
class RecommendationResponseIT extends IntegrationTest {

	private static final String MEETING = "Children and Young People's Scrutiny Panel, 20 March 2023";
	private static final LocalDate AGREED_ON = LocalDate.of(2023, 3, 20);

	@Autowired
	UserDetailsService users;

	private long review;
	private long recommendation;

	@BeforeEach
	void aRecommendationInProgress() {
		ScrutinyFixtures scrutiny = new ScrutinyFixtures(jdbc);
		review = scrutiny.review("Response review " + System.nanoTime());
		recommendation = scrutiny.recommendation(review, "c", "Allocate more early help workers to each area",
				RecommendationStatus.IN_PROGRESS, null, null, Instant.parse("2022-07-12T09:00:00Z"));
	}

	@Test
	void aRejectionWithReasonsClosedWithThePanelsAgreementShowsOnThePageTheTimelineTheTrackerAndTheExport()
			throws Exception {
		mvc.perform(respond("REJECTED", "No budget for extra workers this year", "NOT_ACCEPTED")
			.with(panelAgreed(MEETING, AGREED_ON)))
			.andExpect(redirectedUrl("/scrutiny/recommendations/" + recommendation));

		String closed = "Closed with the panel&#39;s agreement at Children and Young People&#39;s Scrutiny Panel, 20 March 2023"
				+ " on 20 March 2023";
		page().andExpect(content().string(containsString("<dd class=\"govuk-summary-list__value\">Rejected</dd>")))
			.andExpect(content().string(containsString("No budget for extra workers this year")))
			.andExpect(content().string(containsString("id=\"closure\">" + closed + "</p>")))
			.andExpect(content().string(containsString("Executive&#39;s decision: not recorded to Rejected")))
			.andExpect(content().string(containsString("Reasons for the decision changed")))
			.andExpect(content().string(containsString("Status: In progress to Not accepted")))
			.andExpect(content().string(containsString("app-closed-with-agreement\">" + closed)));
		mvc.perform(get("/scrutiny/reviews/{id}", review).with(user(users.loadUserByUsername("viewer"))))
			.andExpect(content().string(containsString("Rejected")))
			.andExpect(content().string(containsString("app-closure\">" + closed)));
		mvc.perform(get("/scrutiny/reviews/{id}/export", review).param("format", "csv")
				.with(user(users.loadUserByUsername("viewer"))))
			.andExpect(content().string(containsString("Executive's decision")))
			.andExpect(content().string(containsString("Not accepted,,Rejected,No budget for extra workers this year,\"Closed with the panel's agreement at ")))
			.andExpect(content().string(containsString("on 20 March 2023")));

		assertThat(jdbc.queryForList("""
				select kind || ' ' || status || ' ' || coalesce(decision, '-') || ' ' || coalesce(closure_meeting, '-') || ' '
				       || coalesce(closure_agreed_on::text, '-')
				from scrutiny_recommendation_history where scrutiny_recommendation_id = ? order by id""", String.class,
				recommendation))
			.containsExactly("ADDED IN_PROGRESS - - -", "RESPONSE NOT_ACCEPTED REJECTED " + MEETING + " 2023-03-20");
	}

	@Test
	void aPartAcceptanceWithoutReasonsIsRefusedOnTheFormAndNothingIsSaved() throws Exception {
		mvc.perform(respond("PARTLY_ACCEPTED", " ", "IN_PROGRESS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"href=\"#decisionReasons\">Enter the reasons the executive only partly accepted the recommendation</a>")))
			.andExpect(content().string(containsString("id=\"decisionReasons-error\"")));
		mvc.perform(respond("REJECTED", "Not affordable", "IN_PROGRESS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#status\">Select Not accepted: the executive rejected this")));

		assertThat(historyKinds()).containsExactly("ADDED");
		assertThat(jdbc.queryForObject("select decision from scrutiny_recommendation where id = ?", String.class,
				recommendation)).isNull();
	}

	@Test
	void closingNeedsThePanelsMeetingAndDateAndThenShowsThem() throws Exception {
		mvc.perform(progress("COMPLETED", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"href=\"#closureMeeting\">Enter the panel meeting that agreed to close the recommendation</a>")))
			.andExpect(content().string(containsString(
					"href=\"#closureAgreedOn\">Enter the date the panel agreed to close it</a>")))
			.andExpect(content().string(containsString("id=\"closureMeeting-error\"")));
		mvc.perform(respond("ACCEPTED", "", "COMPLETED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#closureMeeting\"")));
		assertThat(historyKinds()).containsExactly("ADDED");
		assertThat(jdbc.queryForObject("select status from scrutiny_recommendation where id = ?", String.class,
				recommendation)).isEqualTo("IN_PROGRESS");

		mvc.perform(progress("COMPLETED", 0).with(panelAgreed(MEETING, AGREED_ON)))
			.andExpect(redirectedUrl("/scrutiny/recommendations/" + recommendation));
		page().andExpect(content().string(containsString("id=\"closure\">Closed with the panel&#39;s agreement at "
				+ "Children and Young People&#39;s Scrutiny Panel, 20 March 2023 on 20 March 2023</p>")))
			.andExpect(content().string(containsString("Status: In progress to Completed")));
		assertThat(jdbc.queryForObject("select closure_meeting || ' ' || closure_agreed_on from scrutiny_recommendation "
				+ "where id = ?", String.class, recommendation)).isEqualTo(MEETING + " 2023-03-20");

		// Reopened, it has no agreement; closing it again needs a new one.
		mvc.perform(progress("IN_PROGRESS", 1)).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select closure_meeting is null and closure_agreed_on is null "
				+ "from scrutiny_recommendation where id = ?", Boolean.class, recommendation)).isTrue();
		page().andExpect(content().string(not(containsString("id=\"closure\""))));
	}

	@Test
	void thePageAsOfAPastDayShowsTheDeliveringActionsCompletionAndRagAsTheyStoodThen() throws Exception {
		PlanFixtures plans = new PlanFixtures(jdbc);
		LocalDate today = LocalDate.now(AsOf.UK);
		// 40 days from start to due. Ten days in, 25% is expected: 10% done is 15 points behind, over the amber gap (10)
		// and within the red gap (25), so Amber. Today it is 100%, so Complete.
		long action = plans.action(plans.plan(plans.locality("As Of Ward " + System.nanoTime()), 1), "Recruit two workers",
				today.minusDays(20), today.plusDays(20), "1", at(today.minusDays(30)));
		plans.progress(action, 10, at(today.minusDays(12)));
		plans.progress(action, 100, Instant.now().minusSeconds(5));
		mvc.perform(post("/scrutiny/recommendations/{id}/actions", recommendation).with(user(users.loadUserByUsername("head")))
				.with(csrf()).param("actionId", String.valueOf(action)))
			.andExpect(status().isFound());

		page().andExpect(content().string(containsString(">100%<")))
			.andExpect(content().string(containsString("app-rag--complete")))
			.andExpect(content().string(not(containsString("app-linked-later"))));

		StatementCounter.reset();
		String tenDaysAgo = today.minusDays(10).toString();
		ResultActions past = mvc.perform(get("/scrutiny/recommendations/{id}", recommendation).param("asOf", tenDaysAgo)
				.with(user(users.loadUserByUsername("scrutiny"))))
			.andExpect(status().isOk());
		int pastStatements = StatementCounter.count();
		past.andExpect(content().string(containsString(">10%<")))
			.andExpect(content().string(containsString("app-rag--amber")))
			.andExpect(content().string(containsString(">Amber<")))
			.andExpect(content().string(containsString("id=\"past-view\"")))
			.andExpect(content().string(containsString("app-linked-later")))
			.andExpect(content().string(containsString("id=\"delivery-as-of\"")))
			.andExpect(content().string(not(containsString("id=\"progress-form\""))))
			.andExpect(content().string(not(containsString("id=\"change-response\""))));

		// The same through the page's own as-of form (the GOV.UK date boxes).
		LocalDate day = today.minusDays(10);
		mvc.perform(get("/scrutiny/recommendations/{id}", recommendation).param("asOf.day", String.valueOf(day.getDayOfMonth()))
				.param("asOf.month", String.valueOf(day.getMonthValue())).param("asOf.year", String.valueOf(day.getYear()))
				.with(user(users.loadUserByUsername("viewer"))))
			.andExpect(content().string(containsString(">10%<")));

		StatementCounter.reset();
		page();
		assertThat(pastStatements).as("a past view costs what today's does").isEqualTo(StatementCounter.count());
	}

	@Test
	void aFutureAsOfDateIsRefusedOnThePageWhichShowsToday() throws Exception {
		mvc.perform(get("/scrutiny/recommendations/{id}", recommendation)
				.param("asOf", LocalDate.now(AsOf.UK).plusDays(2).toString()).with(user(users.loadUserByUsername("viewer"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#asOf\">The as-of date must be today or in the past</a>")))
			.andExpect(content().string(not(containsString("id=\"past-view\""))));
	}

	private static Instant at(LocalDate day) {
		return day.atTime(LocalTime.NOON).atZone(AsOf.UK).toInstant();
	}

	private MockHttpServletRequestBuilder respond(String decision, String reasons, String newStatus) {
		return post("/scrutiny/recommendations/{id}/response", recommendation).with(user(users.loadUserByUsername("scrutiny")))
			.with(csrf()).param("version", "0").param("decision", decision).param("decisionReasons", reasons)
			.param("status", newStatus).param("comment", "The executive's comment");
	}

	private MockHttpServletRequestBuilder progress(String newStatus, long version) {
		LocalDate today = LocalDate.now(AsOf.UK);
		return post("/scrutiny/recommendations/{id}/progress", recommendation).with(user(users.loadUserByUsername("head")))
			.with(csrf()).param("version", String.valueOf(version)).param("note", "Workers recruited").param("status", newStatus)
			.param("updateOn.day", String.valueOf(today.getDayOfMonth()))
			.param("updateOn.month", String.valueOf(today.getMonthValue()))
			.param("updateOn.year", String.valueOf(today.getYear()));
	}

	private ResultActions page() throws Exception {
		return mvc.perform(get("/scrutiny/recommendations/{id}", recommendation).with(user(users.loadUserByUsername("scrutiny"))))
			.andExpect(status().isOk());
	}

	private List<String> historyKinds() {
		return jdbc.queryForList("select kind from scrutiny_recommendation_history where scrutiny_recommendation_id = ? "
				+ "order by id", String.class, recommendation);
	}
}
