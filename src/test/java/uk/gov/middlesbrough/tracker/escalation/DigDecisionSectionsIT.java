package uk.gov.middlesbrough.tracker.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.gov.middlesbrough.tracker.pack.PackWaits;
import uk.gov.middlesbrough.tracker.pack.PdfUa;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.support.StatementCounter;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * A DIG decision about a raised item shows where the locality's open escalations show: its dashboard (the state in
 * words, the group's words, who is to act and the review date) and the pack, in the PDF's chapter and the ZIP's table.
 */
class DigDecisionSectionsIT extends IntegrationTest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
	private static final String WORDS = "Police to cover the surgeries until March";
	private static final String ACTION_BY = "Inspector, Cleveland Police";

	@Autowired
	UserDetailsService users;

	private final LocalDate today = LocalDate.now(AsOf.UK);
	private long locality;
	private String actionKey;

	@BeforeEach
	void aRedActionRaisedAtDig() throws Exception {
		EscalationFixtures fixtures = new EscalationFixtures(jdbc);
		locality = fixtures.locality("Decided Ward " + System.nanoTime());
		fixtures.reviewAll(locality, today.withDayOfMonth(1).minusMonths(1).plusDays(4));
		long plan = fixtures.plans.plan(locality, 1);
		long action = fixtures.plans.action(plan, "Run the street surgeries", today.minusDays(100), today.minusDays(10), "1",
				Instant.now().minusSeconds(3600));
		actionKey = EscalationKeys.redAction(action);
		MockHttpServletRequestBuilder mark = post("/escalations/mark").with(user(users.loadUserByUsername("head"))).with(csrf())
			.param("key", actionKey).param("locality", String.valueOf(locality)).param("note", "Surgeries cancelled");
		date(mark, "raisedOn", today.minusDays(7));
		mvc.perform(mark).andExpect(status().isFound());
	}

	@Test
	void theDashboardShowsTheItemAwaitingADecisionThenTheDecisionWithWhoActsAndTheReviewDate() throws Exception {
		assertThat(dashboardItem().selectFirst(".app-decision-state").text()).isEqualTo("Awaiting decision");
		assertThat(dashboardItem().text()).doesNotContain("DIG decided on");

		decide();

		StatementCounter.reset();
		Element item = dashboardItem();
		// The latest decisions of every raised item in one statement, not one an item.
		assertThat(StatementCounter.countContaining("from dig_decision")).as(StatementCounter.listed()).isEqualTo(1);
		assertThat(item.selectFirst(".app-decision-state").text()).isEqualTo("Decided");
		assertThat(item.text()).contains("DIG decided on " + DAY.format(today.minusDays(2)) + ": " + WORDS,
				"To act: " + ACTION_BY, "Review by " + DAY.format(today.plusDays(60)));
	}

	@Test
	void thePacksChapterAndItsTableShowTheDecision() throws Exception {
		decide();
		long pack = pack();

		byte[] file = download(pack, "pdf");
		// The decision's lines in the table's cell keep the PDF accessible.
		PdfUa.assertPdfUa1(file);
		String pdf = pdfText(file);
		assertThat(pdf).contains("DIG decision", "Run the street surgeries", "DIG decided on " + DAY.format(today.minusDays(2))
				+ ": " + WORDS, "To act: " + ACTION_BY, "Review by " + DAY.format(today.plusDays(60)));

		String csv = escalationsCsv(download(pack, "zip"));
		assertThat(csv).contains("Raised at DIG,DIG decision,Decided on,Decision,To act,Review by");
		assertThat(csv).contains(today.minusDays(7) + ",Decided," + today.minusDays(2) + "," + WORDS + ",\"" + ACTION_BY + "\","
				+ today.plusDays(60));
	}

	private Element dashboardItem() throws Exception {
		String html = mvc.perform(get("/localities/{id}/dashboard", locality).with(user(users.loadUserByUsername("viewer"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html).select("#dashboard-escalations li").stream()
			.filter(li -> li.text().contains("Run the street surgeries")).findFirst().orElseThrow();
	}

	private void decide() throws Exception {
		MockHttpServletRequestBuilder request = post("/escalations/decision").with(user(users.loadUserByUsername("head")))
			.with(csrf()).param("key", actionKey).param("locality", String.valueOf(locality)).param("decision", WORDS)
			.param("actionBy", ACTION_BY);
		date(request, "decidedOn", today.minusDays(2));
		date(request, "reviewOn", today.plusDays(60));
		mvc.perform(request).andExpect(status().isFound());
	}

	private long pack() throws Exception {
		String topic = "DIG decisions " + System.nanoTime();
		mvc.perform(post("/meetings").with(user(users.loadUserByUsername("scrutiny"))).with(csrf())
				.param("panel", "Children and Young People's Social Care and Services Scrutiny Panel").param("topic", topic)
				.param("meetingDate.day", "17").param("meetingDate.month", "1").param("meetingDate.year", "2022")
				.param("localityIds", String.valueOf(locality)))
			.andExpect(status().is3xxRedirection());
		long meeting = jdbc.queryForObject("select max(id) from panel_meeting where topic = ?", Long.class, topic);
		MockHttpServletRequestBuilder produce = post("/meetings/{id}/packs", meeting)
			.with(user(users.loadUserByUsername("scrutiny"))).with(csrf());
		date(produce, "asOf", today);
		mvc.perform(produce).andExpect(status().is3xxRedirection());
		long pack = jdbc.queryForObject("select max(id) from pack where panel_meeting_id = ?", Long.class, meeting);
		PackWaits.awaitReady(jdbc, pack);
		return pack;
	}

	private byte[] download(long pack, String kind) throws Exception {
		return mvc.perform(get("/packs/{id}/" + kind, pack).with(user(users.loadUserByUsername("scrutiny"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// Table cells wrap; compare words, not line breaks.
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static String escalationsCsv(byte[] zip) throws Exception {
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				if (entry.getName().startsWith("escalations") && entry.getName().endsWith(".csv")) {
					return new String(entries.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no escalations CSV in the pack's ZIP");
	}

	private static void date(MockHttpServletRequestBuilder request, String field, LocalDate day) {
		request.param(field + ".day", String.valueOf(day.getDayOfMonth())).param(field + ".month", String.valueOf(day.getMonthValue()))
			.param(field + ".year", String.valueOf(day.getYear()));
	}
}
