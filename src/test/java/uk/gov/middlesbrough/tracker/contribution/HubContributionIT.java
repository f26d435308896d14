package uk.gov.middlesbrough.tracker.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import uk.gov.middlesbrough.tracker.pack.PackWaits;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * A feature added the way docs/architecture.md says ({@link WardStatisticsExample}: one package, no change to the
 * dashboard, pack or escalation modules) shows on the dashboard, on the DIG list with its own kind and count, and in
 * the pack's ZIP; its figures are read once for the section and the escalations together. Its own context, since
 * the example's beans must not show in the other tests.
 */
@Import(WardStatisticsExample.class)
@TestPropertySource(properties = "spring.messages.basename="
		+ "messages,messages-indicator,messages-survey,messages-caseload,messages-scrutiny,messages-escalation,messages-contribution")
class HubContributionIT extends IntegrationTest {

	@Autowired
	private UserDetailsService users;

	private UserDetails signedIn(String username) {
		return users.loadUserByUsername(username);
	}

	@Test
	void aContributedSectionShowsOnTheDashboardWithItsEscalationsFromTheSameRead() throws Exception {
		int before = WardStatisticsExample.reads;
		String html = mvc.perform(get("/localities/{id}/dashboard", localityId("Newport")).with(user(signedIn("viewer"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(WardStatisticsExample.reads).as("one read for the section and its escalations").isEqualTo(before + 1);
		Document page = Jsoup.parse(html);
		assertThat(page.select("#ward-statistics p").text()).isEqualTo("42");
		// After the surveys (order 40) and before the caseloads (50).
		List<String> headings = page.select("main h2.govuk-heading-l").eachText();
		assertThat(headings.indexOf("Ward statistics")).isGreaterThan(headings.indexOf("Resident surveys"))
			.isLessThan(headings.indexOf("Caseloads"));
		assertThat(page.select("#dashboard-escalations li").eachText())
			.anyMatch(item -> item.startsWith("Ward deteriorating Ward statistics: Deteriorating: 42"));
	}

	@Test
	void aContributedKindIsCountedOnTheDigListAndCanBeMarkedRaised() throws Exception {
		long newport = localityId("Newport");
		Document list = Jsoup.parse(mvc.perform(get("/escalations").with(user(signedIn("head"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(list.select("#count-WARD_DETERIORATING th").text()).isEqualTo("Wards deteriorating");
		assertThat(list.select("#count-WARD_DETERIORATING td").text()).isEqualTo(String.valueOf(localityCount()));

		mvc.perform(post("/escalations/mark").with(user(signedIn("head"))).with(csrf())
				.param("key", "WARD_DETERIORATING:ward:" + newport).param("locality", String.valueOf(newport))
				.param("raisedOn.day", "1").param("raisedOn.month", "12").param("raisedOn.year", "2026")
				.param("note", "Raised as an example").param("from", "all"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select kind from escalation_mark where escalation_key = ?", String.class,
				"WARD_DETERIORATING:ward:" + newport)).isEqualTo("WARD_DETERIORATING");
	}

	@Test
	void aContributedPackPartPutsItsTableInTheZip() throws Exception {
		mvc.perform(post("/meetings").with(user(signedIn("scrutiny"))).with(csrf())
				.param("panel", "Panel").param("topic", "Ward statistics example")
				.param("meetingDate.day", "17").param("meetingDate.month", "1").param("meetingDate.year", "2022")
				.param("localityIds", String.valueOf(localityId("Newport"))))
			.andExpect(status().is3xxRedirection());
		long meeting = jdbc.queryForObject("select max(id) from panel_meeting where topic = 'Ward statistics example'", Long.class);
		mvc.perform(post("/meetings/{id}/packs", meeting).with(user(signedIn("scrutiny"))).with(csrf())
				.param("asOf.day", "17").param("asOf.month", "1").param("asOf.year", "2022"))
			.andExpect(status().is3xxRedirection());
		long pack = jdbc.queryForObject("select max(id) from pack where panel_meeting_id = ?", Long.class, meeting);
		PackWaits.awaitReady(jdbc, pack);
		byte[] zip = mvc.perform(get("/packs/{id}/zip", pack).with(user(signedIn("scrutiny")))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(entries(zip)).contains("ward-statistics.csv", "ward-statistics.xlsx", "action-plans.csv");
	}

	private int localityCount() {
		return jdbc.queryForObject("select count(*) from locality", Integer.class);
	}

	private static List<String> entries(byte[] zip) throws Exception {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}
}
