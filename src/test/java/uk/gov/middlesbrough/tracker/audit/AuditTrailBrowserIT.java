package uk.gov.middlesbrough.tracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.support.BrowserTest;
import uk.gov.middlesbrough.tracker.support.Page.ErrorLink;

class AuditTrailBrowserIT extends BrowserTest {

	@Autowired
	UserDetailsService users;

	@Test
	void theHeadReadsAManagersProgressUpdateInWordsOnADesktopAndOnAPhone() throws Exception {
		Map<String, Object> action = jdbc.queryForMap("""
				select a.id, a.specific, a.completion, a.version from plan_action a
				join action_plan p on p.id = a.action_plan_id join locality l on l.id = p.locality_id
				where l.name = 'Newport' and a.status = 'ACTIVE' and a.completion <= 80 order by a.id desc limit 1""");
		long id = ((Number) action.get("id")).longValue();
		int before = ((Number) action.get("completion")).intValue();
		mvc.perform(post("/actions/{id}/progress", id).with(user(users.loadUserByUsername("newport.manager"))).with(csrf())
				.param("completion", String.valueOf(before + 20)).param("commentary", "Seen in the audit trail")
				.param("version", String.valueOf(action.get("version"))))
			.andExpect(status().is3xxRedirection());

		signIn("head");
		visit("/audit?recordType=PlanAction");
		screenshot("audit-trail-1280");
		AuditTrailPage.Entry change = new AuditTrailPage(driver).entries().get(0);
		assertThat(change.what()).isEqualTo("Changed");
		assertThat(change.record()).startsWith("Changed Action '" + action.get("specific") + "' in Newport — ");
		assertThat(change.href()).isEqualTo("/actions/" + id);
		assertThat(change.who()).endsWith("(newport.manager)");
		assertThat(change.fields()).anySatisfy(field -> assertThat(field)
			.startsWith("Completion:").contains(before + "%").endsWith((before + 20) + "%"));

		AuditTrailPage filtered = new AuditTrailPage(driver).filterFrom("31", "2", "2026");
		assertAccessible();
		screenshot("audit-trail-bad-date");
		assertThat(errorSummary()).containsExactly(new ErrorLink("The date to show changes from must be a real date", "#from"));
		assertThat(filtered.selectedRecordType()).isEqualTo("PlanAction");

		Path csv = download(By.id("export-csv"));
		assertThat(Files.readString(csv)).contains("Completion," + before + "%," + (before + 20) + "%");

		useMobileWidth();
		visit("/audit?recordType=PlanAction");
		screenshot("audit-trail-375");
		assertNoSidewaysScrolling();
		visit("/audit");
		assertNoSidewaysScrolling();
	}
}
