package uk.gov.middlesbrough.tracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * The demo's anti-social behaviour figure for North Ormesby is January 2022's (9, against a target of 20). Read today
 * it is long overdue, so it is never shown as "On target" or "Improving"; read as the panel read it in February 2022,
 * it is both, with no warning.
 */
class StaleFiguresIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	@Test
	void todaysDashboardSaysTheFigureIsOverdueAndDoesNotCallItOnTarget() throws Exception {
		Element row = asbRow(dashboard(get("/localities/{id}/dashboard", localityId("North Ormesby"))));
		assertThat(row.text()).contains("January 2022", "Figure overdue", "Met the target at the last figure",
				"Was improving at the last figure").doesNotContain("On target").doesNotContain("Improving ↓");
		assertThat(row.select(".govuk-tag--green")).isEmpty();
	}

	@Test
	void theDashboardAsOfFebruary2022ShowsTheFigureAsThePanelSawIt() throws Exception {
		Element row = asbRow(dashboard(get("/localities/{id}/dashboard", localityId("North Ormesby")).param("asOf.day", "20")
			.param("asOf.month", "2").param("asOf.year", "2022")));
		assertThat(row.text()).contains("On target", "Improving").doesNotContain("Figure overdue");
	}

	@Test
	void theIndicatorPageSaysSoToo() throws Exception {
		long asb = jdbc.queryForObject("select id from indicator where code = 'asb-incidents'", Long.class);
		Document page = dashboard(get("/indicators/{id}", asb));
		assertThat(page.select("strong.govuk-tag").eachText()).contains("Figure overdue", "Met the target at the last figure")
			.doesNotContain("On target");
	}

	private Element asbRow(Document dashboard) {
		return dashboard.select("tr").stream().filter(tr -> tr.text().startsWith("Anti-social behaviour incidents")).findFirst()
			.orElseThrow();
	}

	private Document dashboard(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(user(users.loadUserByUsername("viewer")))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}
}
