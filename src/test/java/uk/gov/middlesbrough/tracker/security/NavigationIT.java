package uk.gov.middlesbrough.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.support.DemoUsers;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/** The navigation each role sees, as the modules contribute it: only sections the user may open, in order. */
class NavigationIT extends IntegrationTest {

	private static final List<String> EVERYONE = List.of("/", "/localities", "/indicators", "/compare", "/scrutiny",
			"/escalations", "/rollout", "/meetings");

	@Autowired
	private UserDetailsService users;

	private Document page(Role role, String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(users.loadUserByUsername(DemoUsers.BY_ROLE.get(role)))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private List<String> links(Role role) throws Exception {
		return page(role, "/").select("#navigation a").eachAttr("href");
	}

	@Test
	void offersIndicatorsScrutinyEscalationsAndRolloutToEveryoneUsersOnlyToAdministratorsAndTheAuditTrailToAdministratorsAndTheHead()
			throws Exception {
		assertThat(links(Role.ADMINISTRATOR)).containsExactly("/", "/localities", "/indicators", "/compare", "/scrutiny",
				"/escalations", "/rollout", "/meetings", "/audit", "/admin/users", "/admin/api-clients", "/admin/plan-template");
		assertThat(links(Role.HEAD_OF_SERVICE)).containsExactly("/", "/localities", "/indicators", "/compare", "/scrutiny",
				"/escalations", "/rollout", "/meetings", "/audit");
		for (Role role : new Role[] { Role.SCRUTINY_OFFICER, Role.NEIGHBOURHOOD_MANAGER, Role.PLAN_LEAD, Role.VIEWER }) {
			assertThat(links(role)).as(role.name()).containsExactlyElementsOf(EVERYONE);
		}
	}

	@Test
	void marksTheSectionThePageBelongsTo() throws Exception {
		assertThat(page(Role.VIEWER, "/scrutiny").select("#navigation .govuk-service-navigation__item--active a").eachAttr("href"))
			.containsExactly("/scrutiny");
	}
}
