package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * A pack's first page sums up each locality from the parts the features contribute, and the pack reads in the browser
 * with the same chapter and section numbers as its PDF.
 */
class PackReadIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	private long demoPack() {
		return jdbc.queryForObject("""
				select p.id from pack p join panel_meeting m on m.id = p.panel_meeting_id
				where m.topic = ? and p.status = 'ISSUED'""", Long.class, DemoPack.TOPIC);
	}

	private Document read(long packId, String username) throws Exception {
		String html = mvc.perform(get("/packs/{id}/read", packId).with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(html);
	}

	private String pdfText(long packId) throws Exception {
		byte[] pdf = mvc.perform(get("/packs/{id}/pdf", packId).with(user(users.loadUserByUsername("viewer"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void theDemoPackReadsInTheBrowserNumberedAsItsPdf() throws Exception {
		long pack = demoPack();
		Document page = read(pack, "viewer");
		Element body = page.getElementById("pack-body");
		assertThat(body).isNotNull();
		assertThat(body.select(".chapter h2").eachText()).containsExactly("1 Summary", "2 Newport", "3 North Ormesby",
				"4 Localities compared", "5 Scrutiny recommendations");
		assertThat(body.select("#s2 ~ h3, .chapter:has(#s2) h3").eachText()).startsWith("2.1 Action plans");
		// The contents link to the chapters; the page's own heading replaces the cover's.
		assertThat(body.select("ul.contents a").eachAttr("href")).containsExactly("#s1", "#s2", "#s3", "#s4", "#s5");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(body.text()).contains("Issued", "Pack reference");

		// Every numbered heading of the web view is in the PDF, in the same order.
		String pdf = pdfText(pack);
		int from = 0;
		for (String heading : body.select("h2[id], h3[id], h4[id]").eachText()) {
			int at = pdf.indexOf(heading, from);
			assertThat(at).as("%s in the PDF after position %d", heading, from).isGreaterThanOrEqualTo(0);
			from = at + heading.length();
		}
	}

	@Test
	void theFirstPageSumsUpEachLocalityAsItsChapterShowsIt() throws Exception {
		Element body = read(demoPack(), "viewer").getElementById("pack-body");
		Element summary = body.selectFirst(".chapter.summary");
		assertThat(summary.select("thead th").eachText()).containsExactly("Locality", "Completion", "Actions by status",
				"Escalations open", "Figures overdue", "Posts over threshold");
		for (String locality : new String[] { "Newport", "North Ormesby" }) {
			Element row = summary.select("tbody tr").stream().filter(tr -> tr.child(0).text().equals(locality)).findFirst()
				.orElseThrow();
			Element chapter = body.select(".chapter").stream()
				.filter(c -> c.selectFirst("h2") != null && c.selectFirst("h2").text().endsWith(" " + locality)).findFirst()
				.orElseThrow();
			// The demo's actions are invented, and the summary says so as the chapter does.
			assertThat(row.child(1).text()).endsWith(" (Illustrative)");
			assertThat("Overall completion: " + row.child(1).text().replace(" (Illustrative)", "")).as(locality)
				.isEqualTo(chapter.selectFirst("h3 + p").text());
			assertThat(row.child(2).text()).matches("Not started \\d+, Green \\d+, Amber \\d+, Red \\d+, Complete \\d+");
			Element escalations = chapter.select("table").stream()
				.filter(t -> t.selectFirst("caption") != null && t.selectFirst("caption").text().startsWith("What needs"))
				.findFirst().orElse(null);
			assertThat(Integer.parseInt(row.child(3).text())).as(locality + " escalations")
				.isEqualTo(escalations == null ? 0 : escalations.select("tbody tr").size());
		}
		// North Ormesby's senior practitioner has 34 children against the threshold (the papers' figure).
		assertThat(summary.select("tbody tr").stream().filter(tr -> tr.child(0).text().equals("North Ormesby")).findFirst()
			.orElseThrow().child(5).text()).isEqualTo("1");
		assertThat(summary.select("p.note").eachText()).contains("Items marked Illustrative are invented for the demonstration; the papers do not give them.");
		// On 17 January 2022 the panel had made no recommendations yet.
		assertThat(summary.text()).contains("No scrutiny reviews had been recorded by this date.");
	}

	@Test
	void theDraftForTheExecutivesActionPlanSumsUpTheRecommendationsFlagged() throws Exception {
		long draft = jdbc.queryForObject("""
				select p.id from pack p join panel_meeting m on m.id = p.panel_meeting_id where m.topic = ?""", Long.class,
				DemoPack.RESPONSE_TOPIC);
		Element body = read(draft, "scrutiny").getElementById("pack-body");
		assertThat(body.selectFirst(".stamp").text()).startsWith("DRAFT");
		String summary = body.selectFirst(".chapter.summary").text();
		assertThat(summary).containsPattern("Locality Working from a Children.s Services Perspective: (\\d+ of 13 recommendations (is|are) flagged|no recommendation is flagged)");
		assertThat(body.select(".chapter h2").eachText()).contains("5 Scrutiny recommendations");
		assertThat(body.select(".chapter:has(h2#s5) h4").eachText()).hasSize(13).first().asString()
			.startsWith("5.1.1 Recommendation a:");
	}

	@Test
	void aDraftIsReadByThoseWhoProducePacksOnly() throws Exception {
		long meeting = jdbc.queryForObject("select panel_meeting_id from pack where id = ?", Long.class, demoPack());
		mvc.perform(post("/meetings/{id}/packs", meeting).with(user(users.loadUserByUsername("scrutiny"))).with(csrf())
				.param("asOf.day", "17").param("asOf.month", "1").param("asOf.year", "2022"))
			.andExpect(status().is3xxRedirection());
		long draft = jdbc.queryForObject("select max(id) from pack where panel_meeting_id = ?", Long.class, meeting);
		PackWaits.awaitReady(jdbc, draft);
		assertThat(read(draft, "scrutiny").getElementById("pack-body").text()).contains("DRAFT", "1 Summary");
		mvc.perform(get("/packs/{id}/read", draft).with(user(users.loadUserByUsername("viewer")))).andExpect(status().isNotFound());
		mvc.perform(get("/packs/{id}/read", draft).with(user(users.loadUserByUsername("newport.manager"))))
			.andExpect(status().isNotFound());
	}
}
