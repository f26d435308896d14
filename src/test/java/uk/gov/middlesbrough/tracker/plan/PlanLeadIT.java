package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/** A plan's lead account must be an enabled plan lead: any other id is a field error, and nothing is saved. */
class PlanLeadIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	private long plan;

	@BeforeEach
	void plan() {
		PlanFixtures fixtures = new PlanFixtures(jdbc);
		plan = fixtures.plan(fixtures.locality("Plan Lead Ward " + System.nanoTime()), 1);
	}

	@Test
	void aPlanLeadIsStored() throws Exception {
		mvc.perform(edit(String.valueOf(userId("police.lead")))).andExpect(redirectedUrl("/plans/" + plan));
		assertThat(lead()).isEqualTo(userId("police.lead"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "viewer", "newport.manager", "admin", "no such account" })
	void anAccountThatIsNotAPlanLeadIsAFieldErrorAndNothingIsSaved(String username) throws Exception {
		String id = username.equals("no such account") ? "987654321" : String.valueOf(userId(username));
		String html = mvc.perform(edit(id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#leadUserId");
		assertThat(page.select(".govuk-error-summary li").eachText()).containsExactly("Choose a plan lead from the list");
		assertThat(page.getElementById("leadUserId-error").text()).contains("Choose a plan lead from the list");
		assertThat(lead()).isNull();
		assertThat(jdbc.queryForObject("select objectives from action_plan where id = ?", String.class, plan))
			.isNotEqualTo("Changed objectives");
	}

	private MockHttpServletRequestBuilder edit(String leadUserId) {
		long version = jdbc.queryForObject("select version from action_plan where id = ?", Long.class, plan);
		return post("/plans/{id}", plan).with(user(users.loadUserByUsername("head"))).with(csrf())
			.param("objectives", "Changed objectives").param("leadPost", "Inspector").param("leadOrganisation", "Cleveland Police")
			.param("leadUserId", leadUserId).param("version", String.valueOf(version));
	}

	private Long lead() {
		return jdbc.queryForObject("select lead_user_id from action_plan where id = ?", Long.class, plan);
	}
}
