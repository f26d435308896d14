package uk.gov.middlesbrough.tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.DemoUsers;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;

class AuditTrailIT extends IntegrationTest {

	/** Statements for one page of the trail, measured; the test says which are the trail's own. */
	private static final int PAGE_STATEMENTS = 4;

	/**
	 * The page's statements, without the session store's, whose number varies with what the session holds (such as a
	 * CSRF token saved by an earlier request).
	 */
	private static int pageStatements() {
		return StatementCounter.count() - (int) StatementCounter.countContaining("SPRING_SESSION");
	}

	@Autowired
	UserDetailsService users;

	@Test
	void recordsAChangedFieldWithWhoOldAndNewValue() throws Exception {
		long id = addLocality("Audit Ward One");
		mvc.perform(post("/localities/{id}", id).with(user(users.loadUserByUsername("head"))).with(csrf())
				.param("name", "Audit Ward One").param("ward", "Audit Ward One").param("status", "PILOT")
				.param("startDate.day", "1").param("startDate.month", "4").param("startDate.year", "2023")
				.param("staffCount", "5").param("partnerOrganisations", "Cleveland Police\nThirteen Housing")
				.param("base", "New Hub").param("version", "0"))
			.andExpect(status().is3xxRedirection());

		List<Map<String, Object>> rows = jdbc.queryForList("""
				select actor, kind, field, old_value, new_value, record_label from audit_event
				where record_type = 'Locality' and record_id = ? and kind = 'UPDATE' order by id""", String.valueOf(id));
		assertThat(rows).extracting(row -> row.get("field")).containsExactlyInAnyOrder("base", "status");
		Map<String, Object> status = rows.stream().filter(row -> row.get("field").equals("status")).findFirst().orElseThrow();
		assertThat(status).containsEntry("actor", "head").containsEntry("old_value", "ROLL_OUT")
			.containsEntry("new_value", "PILOT").containsEntry("record_label", "Audit Ward One");
		Map<String, Object> base = rows.stream().filter(row -> row.get("field").equals("base")).findFirst().orElseThrow();
		assertThat(base.get("old_value")).isNull();
		assertThat(base.get("new_value")).isEqualTo("New Hub");
	}

	@Test
	void recordsEveryFieldOfANewRecordAsCreated() throws Exception {
		long id = addLocality("Audit Ward Two");
		List<Map<String, Object>> rows = jdbc.queryForList("""
				select field, new_value from audit_event where record_type = 'Locality' and record_id = ? and kind = 'CREATE'""",
				String.valueOf(id));
		assertThat(rows).extracting(row -> row.get("field"))
			.contains("name", "ward", "status", "startDate", "staffCount", "partnerOrganisations")
			.doesNotContain("version");
		assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("field", "partnerOrganisations")
			.containsEntry("new_value", "Cleveland Police; Thirteen Housing"));
		assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("field", "startDate").containsEntry("new_value", "2023-04-01"));
	}

	@Test
	void neverCopiesAPasswordHashIntoTheTrail() throws Exception {
		mvc.perform(post("/admin/users").with(user(users.loadUserByUsername("admin"))).with(csrf())
				.param("username", "audit.secret").param("displayName", "Audit Secret").param("role", "VIEWER")
				.param("password", "a long enough password"))
			.andExpect(status().is3xxRedirection());
		List<String> values = jdbc.queryForList("""
				select coalesce(new_value, '') from audit_event where record_type = 'UserAccount' and record_label = 'audit.secret'""",
				String.class);
		assertThat(values).contains("(changed)")
			.noneMatch(value -> value.contains("bcrypt") || value.contains("$2a$") || value.contains("argon2"));
	}

	@Test
	void recordsSignInsAndFailedSignIns() throws Exception {
		mvc.perform(formLogin("/sign-in").user("scrutiny").password(DemoUsers.PASSWORD));
		mvc.perform(formLogin("/sign-in").user("scrutiny").password("wrong password"));
		mvc.perform(formLogin("/sign-in").user("nobody.at.all").password("whatever"));

		assertThat(jdbc.queryForObject("select count(*) from audit_event where kind = 'SIGN_IN' and actor = 'scrutiny'",
				Integer.class)).isPositive();
		assertThat(jdbc.queryForList("select new_value from audit_event where kind = 'SIGN_IN_FAILED' and actor = 'scrutiny'",
				String.class)).contains("BadCredentialsException");
		assertThat(jdbc.queryForObject("select count(*) from audit_event where kind = 'SIGN_IN_FAILED' and actor = 'nobody.at.all'",
				Integer.class)).isPositive();
	}

	@Test
	void theAuditPageFiltersByRecord() throws Exception {
		long id = addLocality("Audit Ward Three");
		mvc.perform(get("/audit").param("recordType", "Locality").param("recordId", String.valueOf(id))
				.with(user(users.loadUserByUsername("head"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Audit Ward Three")))
			.andExpect(content().string(containsString("Showing 1 to 1 of 1 changes")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Audit Ward One"))));
	}

	@Test
	void theAuditPageSaysSoWhenADateIsNotRealOrTheDatesAreTheWrongWayRound() throws Exception {
		mvc.perform(get("/audit").param("from.day", "31").param("from.month", "2").param("from.year", "2026")
				.with(user(users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#from\">The date to show changes from must be a real date</a>")))
			.andExpect(content().string(containsString("id=\"from\" name=\"from.day\" value=\"31\"")));
		mvc.perform(get("/audit").param("from.day", "2").param("from.month", "3").param("from.year", "2026")
				.param("to.day", "1").param("to.month", "3").param("to.year", "2026").with(user(users.loadUserByUsername("admin"))))
			.andExpect(content().string(containsString(
					"href=\"#to\">The date to show changes to must be the same as or after the date to show changes from</a>")));
		mvc.perform(get("/audit").param("to.day", "1").param("to.year", "2026").with(user(users.loadUserByUsername("admin"))))
			.andExpect(content().string(containsString(
					"href=\"#to\">The date to show changes to must include a day, month and year</a>")));
	}

	@Test
	void aManagersProgressUpdateReadsInWordsWithALinkInAFixedNumberOfStatements() throws Exception {
		Map<String, Object> action = jdbc.queryForMap("""
				select a.id, a.specific, a.completion, a.version, p.title from plan_action a
				join action_plan p on p.id = a.action_plan_id join locality l on l.id = p.locality_id
				where l.name = 'Newport' and a.status = 'ACTIVE' and a.completion <= 60 order by a.id limit 1""");
		long id = ((Number) action.get("id")).longValue();
		int before = ((Number) action.get("completion")).intValue();
		mvc.perform(post("/actions/{id}/progress", id).with(user(users.loadUserByUsername("newport.manager"))).with(csrf())
				.param("completion", String.valueOf(before + 30)).param("commentary", "Audit trail in words")
				.param("version", String.valueOf(action.get("version"))))
			.andExpect(status().is3xxRedirection());
		String manager = jdbc.queryForObject("select display_name from user_account where username = 'newport.manager'",
				String.class);

		UserDetails head = users.loadUserByUsername("head");
		StatementCounter.reset();
		mvc.perform(get("/audit").param("recordType", "PlanAction").param("recordId", String.valueOf(id))
				.with(user(head)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a class=\"govuk-link\" href=\"/actions/" + id + "\">Action &#39;"
					+ action.get("specific") + "&#39; in Newport — " + action.get("title") + " plan</a>")))
			.andExpect(content().string(containsString("<strong>Changed</strong>")))
			.andExpect(content().string(containsString(manager + " (newport.manager)")))
			.andExpect(content().string(containsString("<span class=\"govuk-!-font-weight-bold\">Completion:</span>")))
			.andExpect(content().string(containsString("<span class=\"app-audit-value\">" + before + "%</span>")))
			.andExpect(content().string(containsString("<span class=\"app-audit-value\">" + (before + 30) + "%</span>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("completion:"))));
		int oneChange = pageStatements();
		String oneChangeStatements = StatementCounter.listed();
		assertThat(StatementCounter.countContaining("from plan_action")).as("the actions named in one statement").isEqualTo(1);

		// Every action change on record (the demo's and every test's): the actions named in one statement again, and no
		// statement run twice (a record or person looked up row by row would repeat its statement). Fields that hold
		// another record's id add one statement for each kind of record they name, so the total may be higher.
		StatementCounter.reset();
		mvc.perform(get("/audit").param("recordType", "PlanAction").with(user(head))).andExpect(status().isOk());
		assertThat(StatementCounter.countContaining("from plan_action")).isEqualTo(1);
		List<String> statements = StatementCounter.statements().stream().filter(sql -> !sql.contains("SPRING_SESSION")).toList();
		assertThat(statements).as(String.join("\n", statements)).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(oneChange);
		// The count, the page, the people (for the filter), the actions' names.
		assertThat(oneChange).as(oneChangeStatements).isEqualTo(PAGE_STATEMENTS);
	}

	@Test
	void exportsTheFilteredTrailAsCsvInTheSameWords() throws Exception {
		long id = addLocality("Audit Ward Five");
		String csv = mvc.perform(get("/audit/export").param("format", "csv").param("recordType", "Locality")
				.param("recordId", String.valueOf(id)).with(user(users.loadUserByUsername("head"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String head = jdbc.queryForObject("select display_name from user_account where username = 'head'", String.class);
		assertThat(csv.lines().findFirst().orElseThrow()).endsWith("When,Who,What happened,Record,Link,Field,Old value,New value");
		String start = "," + head + " (head),Added,Locality Audit Ward Five,/localities/" + id + ",";
		assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).contains(start))
			.anySatisfy(line -> assertThat(line).endsWith(start + "Status,,Roll-out"))
			.anySatisfy(line -> assertThat(line).endsWith(start + "Start date,,1 April 2023"))
			.anySatisfy(line -> assertThat(line).endsWith(start + "Number of staff,,5"))
			.anySatisfy(line -> assertThat(line).endsWith(start + "Partner organisations,,Cleveland Police; Thirteen Housing"));
		mvc.perform(get("/audit/export").param("format", "xlsx").with(user(users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")));
	}

	@Test
	void auditRowsCanNeitherBeChangedNorDeleted() {
		assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else'"))
			.hasMessageContaining("never changed or deleted");
		assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
			.hasMessageContaining("never changed or deleted");
	}

	private long addLocality(String name) throws Exception {
		mvc.perform(post("/localities").with(user(users.loadUserByUsername("head"))).with(csrf())
				.param("name", name).param("ward", name).param("status", "ROLL_OUT")
				.param("startDate.day", "1").param("startDate.month", "4").param("startDate.year", "2023")
				.param("staffCount", "5").param("partnerOrganisations", "Cleveland Police\nThirteen Housing"))
			.andExpect(status().is3xxRedirection());
		return localityId(name);
	}

	@Test
	void recordingProgressAuditsTheActionButNotItsHistoryEntryWhichAlreadyIsTheRecord() throws Exception {
		PlanFixtures plans = new PlanFixtures(jdbc);
		long plan = plans.plan(plans.locality("Audit Ward Four " + System.nanoTime()), 1);
		long action = plans.action(plan, "Audit the alley gates", LocalDate.now().minusDays(10), LocalDate.now().plusDays(10),
				"1", Instant.now());
		long historyBefore = jdbc.queryForObject("select count(*) from audit_event where record_type = 'ActionHistoryEntry'",
				Long.class);
		mvc.perform(post("/actions/{id}/progress", action).with(user(users.loadUserByUsername("head"))).with(csrf())
				.param("completion", "40").param("commentary", "Half the gates fitted").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForList("""
				select field from audit_event where record_type = 'PlanAction' and record_id = ? and kind = 'UPDATE'""",
				String.class, String.valueOf(action))).contains("completion");
		assertThat(jdbc.queryForObject("select count(*) from action_history where plan_action_id = ?", Long.class, action))
			.isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where record_type = 'ActionHistoryEntry'", Long.class))
			.isEqualTo(historyBefore);
	}
}
