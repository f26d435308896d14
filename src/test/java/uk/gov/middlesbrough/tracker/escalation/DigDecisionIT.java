package uk.gov.middlesbrough.tracker.escalation;

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
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * Recording what DIG decided about a raised item: the form's rules, the follow-up action created with it in one step
 * (or neither saved), the decision on the list with its state and days to decide, the filters, and who may record.
 */
class DigDecisionIT extends IntegrationTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	@Autowired
	UserDetailsService users;

	private final LocalDate today = LocalDate.now(AsOf.UK);
	private EscalationFixtures fixtures;
	private long locality;
	private long plan;
	private String actionKey;

	@BeforeEach
	void aRaisedRedAction() throws Exception {
		fixtures = new EscalationFixtures(jdbc);
		locality = fixtures.locality("Decisions Ward " + System.nanoTime());
		fixtures.reviewAll(locality, today.withDayOfMonth(1).minusMonths(1).plusDays(4));
		plan = fixtures.plans.plan(locality, 1);
		long action = fixtures.plans.action(plan, "Run the street surgeries", today.minusDays(100), today.minusDays(10), "1",
				Instant.now().minusSeconds(3600));
		actionKey = EscalationKeys.redAction(action);
		mvc.perform(post("/escalations/mark").with(user(users.loadUserByUsername("head"))).with(csrf())
				.param("key", actionKey).param("locality", String.valueOf(locality)).param("note", "Surgeries cancelled")
				.param("raisedOn.day", String.valueOf(today.minusDays(7).getDayOfMonth()))
				.param("raisedOn.month", String.valueOf(today.minusDays(7).getMonthValue()))
				.param("raisedOn.year", String.valueOf(today.minusDays(7).getYear())))
			.andExpect(status().isFound());
	}

	@Test
	void theHeadRecordsADecisionThatCreatesAFollowUpActionInOneStep() throws Exception {
		String location = mvc.perform(decision("head", Map.of("decidedOn", today.minusDays(2), "reviewOn", today.plusDays(60),
				"actionDue", today.plusDays(30)), "Police to cover the surgeries until March", "Inspector, Cleveland Police",
				"Hold the street surgeries with police cover"))
			.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/actions/");
		long created = Long.parseLong(location.substring("/actions/".length()));
		Map<String, Object> action = jdbc.queryForMap("select action_plan_id, specific, owner_post, start_date, due_date "
				+ "from plan_action where id = ?", created);
		assertThat(action).containsEntry("action_plan_id", plan).containsEntry("specific", "Hold the street surgeries with police cover")
			.containsEntry("owner_post", "Inspector, Cleveland Police");
		assertThat(action.get("start_date").toString()).isEqualTo(today.minusDays(2).toString());
		assertThat(jdbc.queryForObject("select follow_up_action_id from dig_decision where locality_id = ?", Long.class, locality))
			.isEqualTo(created);

		// On the list: decided 5 days after it was raised (raised 7 days ago, decided 2 days ago), with the follow-up.
		mvc.perform(get("/localities/{id}/escalations", locality).with(user(users.loadUserByUsername("viewer"))))
			.andExpect(content().string(containsString("DIG decided on " + DAY.format(today.minusDays(2))
					+ ": Police to cover the surgeries until March")))
			.andExpect(content().string(containsString("decided 5 days after it was raised")))
			.andExpect(content().string(containsString("To act: Inspector, Cleveland Police")))
			.andExpect(content().string(containsString("Review by " + DAY.format(today.plusDays(60)))))
			.andExpect(content().string(containsString("href=\"/actions/" + created + "\"")));
		mvc.perform(get("/localities/{id}/escalations", locality).param("decision", "awaiting")
				.with(user(users.loadUserByUsername("head"))))
			.andExpect(content().string(not(containsString("Run the street surgeries"))));
		String csv = mvc.perform(get("/localities/{id}/escalations/export", locality).with(user(users.loadUserByUsername("viewer"))))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains(",Decided," + today.minusDays(2) + ",Police to cover the surgeries until March,"
				+ "\"Inspector, Cleveland Police\"," + today.plusDays(60) + "," + actionKey);
	}

	@Test
	void badDatesAndMissingWordsAreRefusedOnTheFormAndNothingIsSaved() throws Exception {
		mvc.perform(decision("head", Map.of("decidedOn", today.minusDays(9), "reviewOn", today.minusDays(10),
				"actionDue", today.minusDays(12)), "", " ", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date of the decision must be on or after the day the item was last raised at DIG")))
			.andExpect(content().string(containsString("Enter what DIG decided")))
			.andExpect(content().string(containsString("Enter who is to act on the decision")))
			.andExpect(content().string(containsString("Enter the follow-up action")));
		mvc.perform(decision("head", Map.of("decidedOn", today.plusDays(1), "actionDue", today.plusDays(30)), "Agreed", "Manager",
				"An action"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date of the decision must be today or in the past")));
		assertThat(jdbc.queryForObject("select count(*) from dig_decision where locality_id = ?", Integer.class, locality)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from plan_action where action_plan_id = ?", Integer.class, plan))
			.as("only the red action").isOne();
	}

	@Test
	void theDecisionPageDerivesTheItemOnceAndReadsItsMarksOnce() throws Exception {
		UserDetails head = users.loadUserByUsername("head");
		StatementCounter.reset();
		mvc.perform(get("/escalations/decision").param("key", actionKey).param("locality", String.valueOf(locality))
				.with(user(head)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Run the street surgeries")));
		// The item's marks (its history; the latest gives the day it was last raised) and the locality's items, each
		// read once, and the plans a follow-up action may go in from the same read: 19 statements, against 25 when the
		// page also read the latest marks with the list and the plans again.
		assertThat(StatementCounter.countContaining("from escalation_mark")).as(StatementCounter.listed()).isEqualTo(1);
		assertThat(StatementCounter.countContaining("from action_plan")).as(StatementCounter.listed()).isEqualTo(1);
		assertThat(StatementCounter.countContaining("from action_history")).as(StatementCounter.listed()).isEqualTo(1);
		assertThat(StatementCounter.count()).as(StatementCounter.listed()).isLessThanOrEqualTo(20);
	}

	@Test
	void theFiltersFindItemsAwaitingADecisionAndDecisionsOverdueForReview() throws Exception {
		mvc.perform(get("/localities/{id}/escalations", locality).param("decision", "awaiting").with(user(users.loadUserByUsername("head"))))
			.andExpect(content().string(containsString("Run the street surgeries")))
			.andExpect(content().string(containsString("Awaiting decision")));
		// Decided with a review date, then the review date passes (set back in the table, as time would).
		mvc.perform(decisionWithoutAction(today.minusDays(3), today.plusDays(1))).andExpect(status().isFound());
		jdbc.update("update dig_decision set review_on = ? where locality_id = ?", today.minusDays(1), locality);
		mvc.perform(get("/localities/{id}/escalations", locality).param("decision", "overdue").with(user(users.loadUserByUsername("head"))))
			.andExpect(content().string(containsString("Run the street surgeries")))
			.andExpect(content().string(containsString("Review overdue")));
		mvc.perform(get("/localities/{id}/escalations", locality).param("decision", "awaiting").with(user(users.loadUserByUsername("head"))))
			.andExpect(content().string(not(containsString("Run the street surgeries"))));
		// The same decision sent twice is recorded once; the decision page keeps the history.
		mvc.perform(decisionWithoutAction(today.minusDays(3), today.plusDays(1))).andExpect(status().isOk())
			.andExpect(content().string(containsString("This decision has already been recorded")));
		assertThat(jdbc.queryForObject("select count(*) from dig_decision where locality_id = ?", Integer.class, locality)).isOne();
	}

	@Test
	void anItemRaisedAgainAfterADecisionAwaitsAnotherAndShowsHowOftenItCameBack() throws Exception {
		mvc.perform(decisionWithoutAction(today.minusDays(3), null)).andExpect(status().isFound());
		mvc.perform(get("/localities/{id}/escalations", locality).with(user(users.loadUserByUsername("head"))))
			.andExpect(content().string(containsString("Decided")))
			.andExpect(content().string(not(containsString("app-re-escalated"))));
		mvc.perform(post("/escalations/mark").with(user(users.loadUserByUsername("head"))).with(csrf())
				.param("key", actionKey).param("locality", String.valueOf(locality)).param("note", "Back again: surgeries stopped")
				.param("raisedOn.day", String.valueOf(today.getDayOfMonth()))
				.param("raisedOn.month", String.valueOf(today.getMonthValue()))
				.param("raisedOn.year", String.valueOf(today.getYear())))
			.andExpect(status().isFound());
		mvc.perform(get("/localities/{id}/escalations", locality).param("decision", "awaiting")
				.with(user(users.loadUserByUsername("head"))))
			.andExpect(content().string(containsString("Run the street surgeries")))
			.andExpect(content().string(containsString("Raised 2 times")));
	}

	@Test
	void onlyTheHeadAndTheLocalitysManagerRecordDecisionsAndOnlyAboutRaisedItems() throws Exception {
		mvc.perform(decisionWithoutAction(today, null).with(user(users.loadUserByUsername("viewer"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/escalations/decision").param("key", "RED_ACTION:action:999999999")
				.param("locality", String.valueOf(locality)).with(user(users.loadUserByUsername("head"))))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from dig_decision where locality_id = ?", Integer.class, locality)).isZero();
	}

	private MockHttpServletRequestBuilder decisionWithoutAction(LocalDate decidedOn, LocalDate reviewOn) {
		MockHttpServletRequestBuilder request = post("/escalations/decision").with(user(users.loadUserByUsername("head")))
			.with(csrf()).param("key", actionKey).param("locality", String.valueOf(locality))
			.param("decision", "Keep on the list; police to report back").param("actionBy", "Neighbourhood Manager");
		date(request, "decidedOn", decidedOn);
		if (reviewOn != null) {
			date(request, "reviewOn", reviewOn);
		}
		return request;
	}

	private MockHttpServletRequestBuilder decision(String username, Map<String, LocalDate> dates, String words, String actionBy,
			String actionText) {
		MockHttpServletRequestBuilder request = post("/escalations/decision").with(user(users.loadUserByUsername(username)))
			.with(csrf()).param("key", actionKey).param("locality", String.valueOf(locality)).param("from", "locality")
			.param("decision", words).param("actionBy", actionBy).param("createAction", "true")
			.param("planId", String.valueOf(plan)).param("actionText", actionText);
		dates.forEach((field, day) -> date(request, field, day));
		return request;
	}

	private static void date(MockHttpServletRequestBuilder request, String field, LocalDate day) {
		request.param(field + ".day", String.valueOf(day.getDayOfMonth())).param(field + ".month", String.valueOf(day.getMonthValue()))
			.param(field + ".year", String.valueOf(day.getYear()));
	}
}
