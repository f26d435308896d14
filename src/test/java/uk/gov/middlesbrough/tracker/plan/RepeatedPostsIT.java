package uk.gov.middlesbrough.tracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The same form posted again at the version it was read at (a double click, a resent request, a second tab) is
 * refused as changed meanwhile even when it leaves the percentage as it was: every accepted update moves the
 * version on, so it is saved, and its history written, once.
 */
class RepeatedPostsIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(AsOf.UK);

	@Autowired
	UserDetailsService users;

	private PlanFixtures fixtures;
	private long plan;
	private long action;

	@BeforeEach
	void action() {
		fixtures = new PlanFixtures(jdbc);
		plan = fixtures.plan(fixtures.locality("Repeated Posts Ward " + System.nanoTime()), 1);
		fixtures.lead(plan, "police.lead");
		action = fixtures.action(plan, "Weekly street surgeries", TODAY.minusDays(30), TODAY.plusDays(30), "1", Instant.now());
	}

	@Test
	void anUnchangedPercentagePostedThreeTimesAtOneVersionIsSavedOnce() throws Exception {
		MockHttpServletRequestBuilder[] posts = new MockHttpServletRequestBuilder[3];
		for (int i = 0; i < posts.length; i++) {
			posts[i] = post("/actions/{id}/progress", action).with(user(users.loadUserByUsername("police.lead"))).with(csrf())
				.param("completion", "0").param("commentary", "Surgeries booked, none held yet").param("version", "0");
		}
		mvc.perform(posts[0]).andExpect(redirectedUrl("/actions/" + action));
		mvc.perform(posts[1]).andExpect(status().isOk()).andExpect(content().string(containsString("Someone else changed this action")));
		mvc.perform(posts[2]).andExpect(status().isOk()).andExpect(content().string(containsString("Someone else changed this action")));

		assertThat(progressEntries()).isEqualTo(1);
		assertThat(version()).isEqualTo(1);
	}

	@Test
	void theProgressSheetPostedAgainAtOneVersionIsSavedOnce() throws Exception {
		for (int i = 0; i < 3; i++) {
			var result = mvc.perform(post("/plans/{id}/progress", plan).with(user(users.loadUserByUsername("police.lead"))).with(csrf())
				.param("rows[0].actionId", String.valueOf(action)).param("rows[0].version", "0")
				.param("rows[0].completion", "0").param("rows[0].commentary", "Surgeries booked, none held yet"));
			if (i == 0) {
				result.andExpect(redirectedUrl("/plans/" + plan));
			}
			else {
				result.andExpect(status().isOk())
					.andExpect(content().string(containsString("Someone else updated “Weekly street surgeries” meanwhile")));
			}
		}
		assertThat(progressEntries()).isEqualTo(1);
		assertThat(version()).isEqualTo(1);
	}

	private long progressEntries() {
		return jdbc.queryForObject("select count(*) from action_history where plan_action_id = ? and kind = 'PROGRESS'", Long.class,
				action);
	}

	private long version() {
		return jdbc.queryForObject("select version from plan_action where id = ?", Long.class, action);
	}
}
