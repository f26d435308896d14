package uk.gov.middlesbrough.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The list pages, marking an item raised at DIG (kept while its cause persists, resolved when it clears, never
 * twice the same), the form's messages, who may mark what, the exports and the statements a page costs.
 */
class EscalationPagesIT extends IntegrationTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	@Autowired
	UserDetailsService users;

	private final LocalDate today = LocalDate.now(AsOf.UK);
	private EscalationFixtures fixtures;
	private long locality;
	private long action;
	private String actionKey;

	@BeforeEach
	void data() {
		fixtures = new EscalationFixtures(jdbc);
		locality = fixtures.locality("Marks Ward " + System.nanoTime());
		// Every plan reviewed early last month, so no review is overdue.
		fixtures.reviewAll(locality, today.withDayOfMonth(1).minusMonths(1).plusDays(4));
		action = fixtures.plans.action(fixtures.plans.plan(locality, 1), "Run the street surgeries", today.minusDays(100),
				today.minusDays(10), "1", Instant.now().minusSeconds(3600));
		actionKey = EscalationKeys.redAction(action);
		fixtures.caseloads.snapshot(locality, today.minusDays(5), "SOCIAL_WORKER", "Social Worker 1", 30, 12, 5,
				Instant.now().minusSeconds(3600));
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}

	private ResultActions page(String username) throws Exception {
		return mvc.perform(get("/localities/{id}/escalations", locality).with(user(as(username)))).andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder mark(String username, String key, LocalDate raisedOn, String note) {
		MockHttpServletRequestBuilder request = post("/escalations/mark").with(user(as(username))).with(csrf())
			.param("key", key).param("locality", String.valueOf(locality)).param("from", "locality").param("note", note);
		if (raisedOn != null) {
			request.param("raisedOn.day", String.valueOf(raisedOn.getDayOfMonth()))
				.param("raisedOn.month", String.valueOf(raisedOn.getMonthValue()))
				.param("raisedOn.year", String.valueOf(raisedOn.getYear()));
		}
		return request;
	}

	@Test
	void aMarkStaysWithItsItemWhileTheCausePersistsAndTheItemShowsAsResolvedOnceItClears() throws Exception {
		String why = "Red: 0% complete and past its due date of " + DAY.format(today.minusDays(10));
		page("head").andExpect(content().string(containsString("Run the street surgeries")))
			.andExpect(content().string(containsString(why)))
			.andExpect(content().string(containsString("Over threshold: 30 children on " + DAY.format(today.minusDays(5))
					+ ", against a threshold of 25")))
			.andExpect(content().string(containsString("Not raised yet")))
			.andExpect(content().string(containsString("Mark as raised at DIG")))
			.andExpect(content().string(containsString("No item raised at DIG has been resolved yet.")));

		mvc.perform(get("/escalations/mark").param("key", actionKey).param("locality", String.valueOf(locality))
				.with(user(as("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(why)))
			.andExpect(content().string(containsString("value=\"" + today.getDayOfMonth() + "\"")))
			.andExpect(content().string(containsString("This item has not been marked as raised at DIG before.")));

		LocalDate raised = today.minusDays(1);
		mvc.perform(mark("head", actionKey, raised, "  Raised with the police; cover for the surgeries agreed  "))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/localities/" + locality + "/escalations"));
		assertThat(fixtures.marks(locality)).isEqualTo(1);
		page("viewer").andExpect(content().string(containsString(
				"Raised at DIG on " + DAY.format(raised) + ": Raised with the police; cover for the surgeries agreed")));

		// The same form sent again (a double submit) is refused and records nothing.
		mvc.perform(mark("head", actionKey, raised, "Raised with the police; cover for the surgeries agreed"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#note\">This item is already marked as raised at DIG on "
					+ DAY.format(raised) + " with this note</a>")));
		assertThat(fixtures.marks(locality)).isEqualTo(1);

		// A later mark adds to the history; the list shows the latest.
		mvc.perform(mark("head", actionKey, today, "Raised again: surgeries still cancelled")).andExpect(status().isFound());
		assertThat(fixtures.marks(locality)).isEqualTo(2);
		page("viewer").andExpect(content().string(containsString("Raised at DIG on " + DAY.format(today) + ": Raised again: surgeries still cancelled")))
			.andExpect(content().string(not(containsString("cover for the surgeries agreed"))));
		mvc.perform(get("/escalations/mark").param("key", actionKey).param("locality", String.valueOf(locality))
				.with(user(as("head"))))
			.andExpect(content().string(containsString("Raised at DIG on " + DAY.format(today) + ": Raised again: surgeries still cancelled")))
			.andExpect(content().string(containsString("Raised at DIG on " + DAY.format(raised)
					+ ": Raised with the police; cover for the surgeries agreed")));

		// The action is finished: it leaves the list, and its mark shows it under Resolved as it read when marked.
		fixtures.plans.progress(action, 100, Instant.now());
		String resolved = page("viewer").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String open = resolved.substring(resolved.indexOf("id=\"open-heading\""), resolved.indexOf("id=\"resolved-heading\""));
		assertThat(open).doesNotContain("Run the street surgeries").contains("Social Worker 1");
		assertThat(resolved.substring(resolved.indexOf("id=\"resolved-items\""))).contains("Run the street surgeries", why,
				"Raised at DIG on " + DAY.format(today) + "; no longer listed", "Raised again: surgeries still cancelled");
		mvc.perform(get("/escalations/mark").param("key", actionKey).param("locality", String.valueOf(locality))
				.with(user(as("head"))))
			.andExpect(status().isNotFound());
		mvc.perform(mark("head", actionKey, today, "Too late")).andExpect(status().isNotFound());
		assertThat(fixtures.marks(locality)).isEqualTo(2);
	}

	@Test
	void theFormSaysWhatIsWrongNextToEachFieldAndSavesNothing() throws Exception {
		mvc.perform(mark("head", actionKey, null, " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Mark as raised at DIG")))
			.andExpect(content().string(containsString("href=\"#raisedOn\">Enter the date it was raised at DIG</a>")))
			.andExpect(content().string(containsString("href=\"#note\">Enter a note of what was raised at DIG</a>")));
		mvc.perform(mark("head", actionKey, today.plusDays(1), "Note"))
			.andExpect(content().string(containsString("href=\"#raisedOn\">The date it was raised at DIG must be today or in the past</a>")));
		mvc.perform(mark("head", actionKey, null, "Note").param("raisedOn.day", "31").param("raisedOn.month", "2")
				.param("raisedOn.year", "2026"))
			.andExpect(content().string(containsString("href=\"#raisedOn\">The date it was raised at DIG must be a real date</a>")))
			.andExpect(content().string(containsString("value=\"31\"")));
		mvc.perform(mark("head", actionKey, null, "Note").param("raisedOn.day", "3").param("raisedOn.year", "2026"))
			.andExpect(content().string(containsString("The date it was raised at DIG must include a day, month and year")));
		mvc.perform(mark("head", actionKey, today, "x".repeat(2001)))
			.andExpect(content().string(containsString("href=\"#note\">The note must be 2,000 characters or fewer</a>")));
		assertThat(fixtures.marks(locality)).isZero();
	}

	@Test
	void onlyTheHeadAndTheLocalitysOwnManagerMayMarkItsItemsAndOnlyThemIsItOffered() throws Exception {
		for (String username : List.of("newport.manager", "northormesby.manager", "viewer", "scrutiny", "police.lead", "admin")) {
			mvc.perform(get("/escalations/mark").param("key", actionKey).param("locality", String.valueOf(locality))
					.with(user(as(username))))
				.andExpect(status().isForbidden());
			mvc.perform(mark(username, actionKey, today, "Not allowed")).andExpect(status().isForbidden());
			page(username).andExpect(content().string(not(containsString("Mark as raised at DIG"))));
		}
		assertThat(fixtures.marks(locality)).isZero();

		// Newport's manager is offered marks on Newport's items only, and may open one.
		long newport = localityId("Newport");
		String both = mvc.perform(get("/escalations").param("locality", String.valueOf(newport), String.valueOf(locality))
				.with(user(as("newport.manager"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(both).contains("/escalations/mark?key=").contains("locality=" + newport + "&amp;from=all")
			.doesNotContain("locality=" + locality + "&amp;from=all");
		String newportPost = EscalationKeys.overThreshold(newport, uk.gov.middlesbrough.tracker.caseload.CaseloadRole.EARLY_HELP_SENIOR_PRACTITIONER,
				"Senior Practitioner 1");
		mvc.perform(get("/escalations/mark").param("key", newportPost).param("locality", String.valueOf(newport))
				.with(user(as("newport.manager"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Over threshold: 29 children on 22 November 2021, against a threshold of 26")));
		// An item not on the list (or of another locality) is not found.
		mvc.perform(get("/escalations/mark").param("key", actionKey).param("locality", String.valueOf(newport))
				.with(user(as("newport.manager"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void filtersByLocalityAndKindWithCountsPerKind() throws Exception {
		String html = mvc.perform(get("/escalations").param("locality", String.valueOf(locality)).param("kind", "OVER_THRESHOLD")
				.with(user(as("viewer"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Social Worker 1").doesNotContain("Run the street surgeries")
			.contains("Showing 1 item of 2")
			.contains("id=\"clear-filters\"");
		assertThat(html.substring(html.indexOf("id=\"counts\""), html.indexOf("id=\"filter-heading\"")))
			.containsSubsequence("Worsening indicators", ">0<", "Indicators off target", ">0<", "Red actions", ">1<",
					"Overdue plan reviews", ">0<", "Caseloads over threshold", ">1<", "All kinds", ">2<");
		mvc.perform(get("/localities/{id}/escalations", 987654321L).with(user(as("viewer")))).andExpect(status().isNotFound());
	}

	@Test
	void exportsTheOpenItemsAsFilteredWithTheirLatestMark() throws Exception {
		mvc.perform(mark("head", actionKey, today, "Raised; cover agreed")).andExpect(status().isFound());
		String csv = mvc.perform(get("/localities/{id}/escalations/export", locality).param("format", "csv").with(user(as("viewer"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).isEqualTo("\uFEFFLocality,Kind,Item,Why it is listed,Link,Raised at DIG on,Note,Mark recorded by,"
				+ "DIG decision,Decided on,Decision,To act,Review by,Key");
		assertThat(lines.get(1)).startsWith("Marks Ward ").contains(",Red action,Run the street surgeries,Red: 0% complete and past its due date of "
				+ DAY.format(today.minusDays(10)) + " (plan: ", "/actions/" + action + ",", "," + today + ",Raised; cover agreed,head,Awaiting decision,,,,,"
				+ actionKey);
		assertThat(lines.get(2)).contains(",Caseload over threshold,Social worker: Social Worker 1,\"Over threshold: 30 children on ",
				"/localities/" + locality + "/caseloads,,,,Not raised,,,,,OVER_THRESHOLD:caseload-post:" + locality + ":SOCIAL_WORKER:social worker 1");

		String filtered = mvc.perform(get("/escalations/export").param("format", "csv").param("locality", String.valueOf(locality))
				.param("kind", "RED_ACTION").with(user(as("viewer"))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(filtered.lines()).hasSize(2);
		assertThat(filtered).contains("Run the street surgeries").doesNotContain("Social Worker 1");
		mvc.perform(get("/localities/{id}/escalations/export", locality).param("format", "xlsx").with(user(as("viewer"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@Test
	void theListCostsTheSameStatementsForThreeOrTwentyLocalitiesAndForFewOrManyItems() throws Exception {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			long id = fixtures.locality("Escalated Ward " + i + " " + System.nanoTime());
			fixtures.plans.action(fixtures.plans.plan(id, 1 + i % 9), "Late action " + i, today.minusDays(60), today.minusDays(1), "1",
					Instant.now().minusSeconds(60));
			fixtures.caseloads.snapshot(id, today.minusDays(2), "SOCIAL_WORKER", "Social Worker 1", 26 + i, 10, 5,
					Instant.now().minusSeconds(60));
			ids.add(id);
		}
		int three = statements(ids.subList(0, 3));
		int twenty = statements(ids);
		// 20 before DIG decisions; each item's latest decision and how often it was raised add one statement each.
		assertThat(twenty).isEqualTo(three).isLessThanOrEqualTo(22);

		int few = statementsForLocalityPage();
		long plan = fixtures.plans.plan(locality, 2);
		for (int i = 0; i < 30; i++) {
			fixtures.plans.action(plan, "Another late action " + i, today.minusDays(60), today.minusDays(1), "1",
					Instant.now().minusSeconds(60));
		}
		mvc.perform(mark("head", actionKey, today, "Raised")).andExpect(status().isFound());
		assertThat(statementsForLocalityPage()).isEqualTo(few);
	}

	private int statements(List<Long> ids) throws Exception {
		MockHttpServletRequestBuilder request = get("/escalations").with(user(as("viewer")));
		ids.forEach(id -> request.param("locality", String.valueOf(id)));
		StatementCounter.reset();
		mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString("Late action 1")));
		return StatementCounter.count();
	}

	private int statementsForLocalityPage() throws Exception {
		StatementCounter.reset();
		page("viewer");
		return StatementCounter.count();
	}
}
