package uk.gov.middlesbrough.tracker.caseload;

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

import java.time.Instant;
import java.time.LocalDate;
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

class CaseloadPagesIT extends IntegrationTest {

	private static final LocalDate TODAY = LocalDate.now(AsOf.UK);

	@Autowired
	UserDetailsService users;

	private CaseloadFixtures fixtures;
	private long locality;

	@BeforeEach
	void locality() {
		fixtures = new CaseloadFixtures(jdbc);
		locality = fixtures.locality("Caseload Ward " + System.nanoTime());
	}

	private UserDetails as(String username) {
		return users.loadUserByUsername(username);
	}

	private String page(long localityId) throws Exception {
		return mvc.perform(get("/localities/{id}/caseloads", localityId).with(user(as("viewer"))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	/** The HTML of the table row whose header cell starts with {@code label}, in the table with {@code tableId}. */
	private static String row(String html, String tableId, String label) {
		String table = html.substring(html.indexOf("id=\"" + tableId + "\""));
		table = table.substring(0, table.indexOf("</table>"));
		int start = table.indexOf(label);
		assertThat(start).as(label + " in " + tableId).isNotNegative();
		return table.substring(start, table.indexOf("</tr>", start)).replaceAll("\\s+", " ").replaceAll("> ", ">").replaceAll(" <", "<");
	}

	@Test
	void thePapersFiguresAppearWithTheOverThresholdPostsFlaggedInWords() throws Exception {
		String northOrmesby = page(localityId("North Ormesby"));
		String sp1 = row(northOrmesby, "latest", "Senior Practitioner 1");
		assertThat(sp1).contains("Early help senior practitioner", "22 Nov 2021", ">34<", ">14<", ">22<",
				"Over threshold: 34 children, threshold 26", "govuk-tag--red", "Scrutiny panel minutes, 22 November 2021");
		assertThat(row(northOrmesby, "staffing", "Social workers")).contains(">3<");
		assertThat(row(northOrmesby, "staffing", "Early help senior practitioners")).contains(">1<");
		assertThat(row(northOrmesby, "staffing", "Early help practitioners")).contains("Not recorded");
		assertThat(northOrmesby).contains("Social workers: at most 25 children, flagged above 25",
				"Early help practitioners: ideally 25–26 children, flagged above 26",
				"Early help senior practitioners: ideally 25–26 children, flagged above 26");

		String newport = page(localityId("Newport"));
		assertThat(row(newport, "latest", "Senior Practitioner 1")).contains(">29<", ">14<", ">16<",
				"Over threshold: 29 children, threshold 26");
		assertThat(row(newport, "latest", "Senior Practitioner 2")).contains(">28<", ">13<", ">20<",
				"Over threshold: 28 children, threshold 26");
		assertThat(row(newport, "staffing", "Social workers")).contains(">2<");
		assertThat(row(newport, "staffing", "Early help senior practitioners")).contains(">2<");
		// A viewer reads the figures but is offered no form.
		assertThat(newport).doesNotContain("id=\"snapshot-form\"", "id=\"staffing-form\"", "/edit\"");
	}

	@Test
	void aManagerRecordsFiguresAndACorrectionKeepsTheOldFiguresInTheHistory() throws Exception {
		mvc.perform(record(locality, "head", "Senior Practitioner 1", "22", "11", "2021", "29", "14", "16")
				.param("source", "Report to the panel"))
			.andExpect(redirectedUrl("/localities/" + locality + "/caseloads"));
		long snapshot = jdbc.queryForObject("select id from caseload_snapshot where locality_id = ?", Long.class, locality);
		assertThat(jdbc.queryForMap("select kind, recorded_by, children, families, children_under_six_months, old_children"
				+ " from caseload_history where caseload_snapshot_id = ?", snapshot))
			.containsEntry("kind", "RECORDED").containsEntry("recorded_by", "head").containsEntry("children", 29)
			.containsEntry("old_children", null);

		mvc.perform(post("/localities/{id}/caseloads/snapshots/{s}", locality, snapshot).with(user(as("head"))).with(csrf())
				.param("children", "30").param("families", "14").param("childrenUnderSixMonths", "17").param("version", "0"))
			.andExpect(redirectedUrl("/localities/" + locality + "/caseloads"));
		assertThat(jdbc.queryForMap("""
				select recorded_by, children, children_under_six_months, old_children, old_families, old_children_under_six_months
				from caseload_history where caseload_snapshot_id = ? and kind = 'CORRECTED'""", snapshot))
			.containsAllEntriesOf(Map.of("recorded_by", "head", "children", 30, "children_under_six_months", 17,
					"old_children", 29, "old_families", 14, "old_children_under_six_months", 16));
		// The source was cleared on the correction form, and every change is in the audit trail.
		assertThat(jdbc.queryForObject("select source from caseload_snapshot where id = ?", String.class, snapshot)).isNull();
		assertThat(jdbc.queryForList("""
				select field || ': ' || coalesce(old_value, '') || ' -> ' || coalesce(new_value, '') from audit_event
				where record_type = 'CaseloadSnapshot' and record_id = ? and kind = 'UPDATE' and actor = 'head' order by field""",
				String.class, String.valueOf(snapshot)))
			.contains("children: 29 -> 30", "childrenUnderSixMonths: 16 -> 17", "source: Report to the panel -> ");

		String html = page(locality);
		assertThat(row(html, "latest", "Senior Practitioner 1")).contains(">30<", ">17<", "Corrected",
				"Over threshold: 30 children, threshold 26");
		assertThat(row(html, "corrections", "Senior Practitioner 1")).contains("29 / 14 / 16", "30 / 14 / 17", "by head");
	}

	@Test
	void refusesBadFiguresWithMessagesLinkedToTheirFields() throws Exception {
		LocalDate tomorrow = TODAY.plusDays(1);
		mvc.perform(post("/localities/{id}/caseloads/snapshots", locality).with(user(as("head"))).with(csrf())
				.param("snapshotDate.day", String.valueOf(tomorrow.getDayOfMonth()))
				.param("snapshotDate.month", String.valueOf(tomorrow.getMonthValue()))
				.param("snapshotDate.year", String.valueOf(tomorrow.getYear()))
				.param("role", "SOCIAL_WORKER").param("postLabel", "Jane Smith").param("children", "abc")
				.param("families", "-1").param("childrenUnderSixMonths", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Caseloads")))
			.andExpect(content().string(containsString("href=\"#snapshotDate\">The date of the figures must be today or in the past</a>")))
			.andExpect(content().string(containsString("href=\"#postLabel\">Enter a post title and number, like Senior Practitioner 1 or Social Worker 2, not a person’s name</a>")))
			.andExpect(content().string(containsString("href=\"#children\">Children on caseload must be a whole number, like 34</a>")))
			.andExpect(content().string(containsString("href=\"#families\">Families on caseload must be 0 or more</a>")));
		mvc.perform(record(locality, "head", "Social Worker 1", "1", "12", "2021", "10", "5", "11"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"href=\"#childrenUnderSixMonths\">Children open under six months (11) cannot be more than children on caseload (10)</a>")));
		assertThat(fixtures.snapshotCount(locality)).isZero();
	}

	@Test
	void theSamePostAndDateIsCorrectedNotRecordedTwice() throws Exception {
		fixtures.snapshot(locality, LocalDate.of(2021, 11, 22), "EARLY_HELP_SENIOR_PRACTITIONER", "Senior Practitioner 1", 20, 10,
				5, Instant.now());
		mvc.perform(record(locality, "head", " senior practitioner 1", "22", "11", "2021", "21", "10", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Figures for this post on this date are already recorded")));
		assertThat(jdbc.queryForObject("select children from caseload_snapshot where locality_id = ?", Integer.class, locality))
			.isEqualTo(20);
	}

	@Test
	void theSecondOfTwoConcurrentCorrectionsIsRefusedAndShowsTheLatestFigures() throws Exception {
		long snapshot = fixtures.snapshot(locality, LocalDate.of(2021, 11, 22), "EARLY_HELP_PRACTITIONER", "Practitioner 1", 20, 10,
				5, Instant.now());
		mvc.perform(correction(locality, snapshot, "24", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(correction(locality, snapshot, "22", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed these figures while you were editing")))
			.andExpect(content().string(containsString("Below ideal range: 24 children, ideal 25–26")));
		assertThat(jdbc.queryForObject("select children from caseload_snapshot where id = ?", Integer.class, snapshot)).isEqualTo(24);
		assertThat(jdbc.queryForObject("select count(*) from caseload_history where caseload_snapshot_id = ? and kind = 'CORRECTED'",
				Integer.class, snapshot)).isEqualTo(1);
	}

	@Test
	void aNeighbourhoodManagerEntersFiguresForTheirOwnLocalityOnly() throws Exception {
		long newport = localityId("Newport");
		long northOrmesby = localityId("North Ormesby");
		mvc.perform(get("/localities/{id}/caseloads", newport).with(user(as("newport.manager"))))
			.andExpect(content().string(containsString("id=\"snapshot-form\"")));
		mvc.perform(get("/localities/{id}/caseloads", northOrmesby).with(user(as("newport.manager"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"snapshot-form\""))))
			.andExpect(content().string(not(containsString("id=\"staffing-form\""))));
		int before = fixtures.snapshotCount(northOrmesby);
		mvc.perform(record(northOrmesby, "newport.manager", "Senior Practitioner 9", "1", "12", "2021", "20", "10", "5"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/localities/{id}/caseloads/staffing", northOrmesby).with(user(as("newport.manager"))).with(csrf())
				.param("socialWorker", "9"))
			.andExpect(status().isForbidden());
		assertThat(fixtures.snapshotCount(northOrmesby)).isEqualTo(before);
		assertThat(jdbc.queryForObject("select posts from caseload_staffing where locality_id = ? and role = 'SOCIAL_WORKER'",
				Integer.class, northOrmesby)).isEqualTo(3);
	}

	@Test
	void staffingChangesAreKeptAsHistoryAndARecordedNumberCannotBeBlanked() throws Exception {
		mvc.perform(post("/localities/{id}/caseloads/staffing", locality).with(user(as("head"))).with(csrf())
				.param("socialWorker", "2").param("earlyHelpSeniorPractitioner", "1"))
			.andExpect(redirectedUrl("/localities/" + locality + "/caseloads"));
		long version = jdbc.queryForObject("select version from caseload_staffing where locality_id = ? and role = 'SOCIAL_WORKER'",
				Long.class, locality);
		mvc.perform(post("/localities/{id}/caseloads/staffing", locality).with(user(as("head"))).with(csrf())
				.param("socialWorker", "3").param("socialWorkerVersion", String.valueOf(version))
				.param("earlyHelpSeniorPractitioner", "").param("earlyHelpSeniorPractitionerVersion", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"href=\"#earlyHelpSeniorPractitioner\">Enter the number of early help senior practitioners, or 0 if there are none</a>")));
		mvc.perform(post("/localities/{id}/caseloads/staffing", locality).with(user(as("head"))).with(csrf())
				.param("socialWorker", "3").param("socialWorkerVersion", String.valueOf(version))
				.param("earlyHelpSeniorPractitioner", "1").param("earlyHelpSeniorPractitionerVersion", "0"))
			.andExpect(redirectedUrl("/localities/" + locality + "/caseloads"));
		// A stale version (someone else changed the number meanwhile) saves nothing.
		mvc.perform(post("/localities/{id}/caseloads/staffing", locality).with(user(as("head"))).with(csrf())
				.param("socialWorker", "5").param("socialWorkerVersion", String.valueOf(version))
				.param("earlyHelpSeniorPractitioner", "1").param("earlyHelpSeniorPractitionerVersion", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed the staffing")));
		assertThat(jdbc.queryForList("""
				select coalesce(h.old_posts::text, '-') || ' to ' || h.posts from caseload_staffing_history h
				join caseload_staffing s on s.id = h.caseload_staffing_id
				where s.locality_id = ? and s.role = 'SOCIAL_WORKER' order by h.id""", String.class, locality))
			.containsExactly("- to 2", "2 to 3");
		String html = page(locality);
		assertThat(row(html, "staffing", "Social workers")).contains(">3<");
		assertThat(html).contains("2 to 3", "Recorded as 1");
	}

	@Test
	void theChartShowsChildrenPerPostOverTimeWithATextSummaryAndATable() throws Exception {
		long sp1 = fixtures.snapshot(locality, LocalDate.of(2021, 11, 22), "EARLY_HELP_SENIOR_PRACTITIONER", "Senior Practitioner 1",
				29, 14, 16, Instant.now());
		fixtures.snapshot(locality, LocalDate.of(2022, 3, 1), "EARLY_HELP_SENIOR_PRACTITIONER", "Senior Practitioner 1", 25, 12, 9,
				Instant.now());
		assertThat(sp1).isPositive();
		String html = page(locality);
		assertThat(html).contains("src=\"/localities/" + locality + "/caseloads/chart.svg\"",
				"Senior Practitioner 1: 29 children on 22 November 2021, 25 on 1 March 2022.");
		assertThat(row(html, "latest", "Senior Practitioner 1")).contains(">25<", "Within ideal range: 25 children, ideal 25–26");
		assertThat(row(html, "earlier", "Senior Practitioner 1")).contains(">29<", "Over threshold: 29 children, threshold 26");
		assertThat(row(html, "over-time", "22 Nov 2021")).contains(">29<");
		String svg = mvc.perform(get("/localities/{id}/caseloads/chart.svg", locality).with(user(as("viewer"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("image/svg+xml")))
			.andReturn().getResponse().getContentAsString();
		// Ticks are the snapshot dates themselves; the early help threshold's line is named, with whose it is.
		assertThat(svg).startsWith("<svg").contains("Threshold 26", "early help", "22 Nov 2021", "1 Mar 2022")
			.doesNotContain("30-Nov", "28-Feb");
	}

	@Test
	void thePageCostsTheSameStatementsWithOnePostOrSixtyFigures() throws Exception {
		fixtures.snapshot(locality, LocalDate.of(2021, 11, 22), "SOCIAL_WORKER", "Social Worker 1", 20, 10, 5, Instant.now());
		fixtures.staffing(locality, "SOCIAL_WORKER", 1, Instant.now());
		int small = statementsFor(locality);
		long large = fixtures.locality("Caseload Ward Large " + System.nanoTime());
		for (int post = 1; post <= 20; post++) {
			for (int month = 1; month <= 3; month++) {
				long id = fixtures.snapshot(large, LocalDate.of(2022, month, 1), "SOCIAL_WORKER", "Social Worker " + post, post,
						post, 0, Instant.now());
				fixtures.correct(id, post + 1, post, 0, Instant.now());
			}
		}
		for (String role : new String[] { "SOCIAL_WORKER", "EARLY_HELP_PRACTITIONER", "EARLY_HELP_SENIOR_PRACTITIONER" }) {
			fixtures.staffing(large, role, 2, Instant.now());
			fixtures.staffing(large, role, 3, Instant.now());
		}
		int many = statementsFor(large);
		assertThat(many).isEqualTo(small).isLessThanOrEqualTo(6);
	}

	private int statementsFor(long localityId) throws Exception {
		UserDetails viewer = as("viewer");
		StatementCounter.reset();
		mvc.perform(get("/localities/{id}/caseloads", localityId).with(user(viewer))).andExpect(status().isOk());
		return StatementCounter.count();
	}

	private MockHttpServletRequestBuilder record(long localityId, String username, String label, String day, String month,
			String year, String children, String families, String underSix) {
		return post("/localities/{id}/caseloads/snapshots", localityId).with(user(as(username))).with(csrf())
			.param("snapshotDate.day", day).param("snapshotDate.month", month).param("snapshotDate.year", year)
			.param("role", "EARLY_HELP_SENIOR_PRACTITIONER").param("postLabel", label).param("children", children)
			.param("families", families).param("childrenUnderSixMonths", underSix);
	}

	private MockHttpServletRequestBuilder correction(long localityId, long snapshotId, String children, String version) {
		return post("/localities/{id}/caseloads/snapshots/{s}", localityId, snapshotId).with(user(as("head"))).with(csrf())
			.param("children", children).param("families", "10").param("childrenUnderSixMonths", "5").param("version", version);
	}
}
