package uk.gov.middlesbrough.tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.DemoUsers;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

class AuditTrailIT extends IntegrationTest {

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
		assertThat(values).contains("(changed)").noneMatch(value -> value.contains("bcrypt") || value.contains("$2a$"));
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
			.andExpect(content().string(containsString("Showing 1 to ")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Audit Ward One"))));
	}

	@Test
	void theAuditPageSaysSoWhenADateIsNotReal() throws Exception {
		mvc.perform(get("/audit").param("from", "2026-02-31").with(user(users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#from\">Enter a real date for From</a>")));
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
