package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.plan.PlanFixtures;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.AsOf;
import uk.gov.middlesbrough.tracker.web.UkText;

class PackIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	private UserDetails scrutiny() {
		return users.loadUserByUsername("scrutiny");
	}

	private long meeting(String topic, long... localityIds) throws Exception {
		var request = post("/meetings").with(user(scrutiny())).with(csrf())
			.param("panel", "Children and Young People's Social Care and Services Scrutiny Panel").param("topic", topic)
			.param("meetingDate.day", "17").param("meetingDate.month", "1").param("meetingDate.year", "2022");
		for (long id : localityIds) {
			request.param("localityIds", String.valueOf(id));
		}
		mvc.perform(request).andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select max(id) from panel_meeting where topic = ?", Long.class, topic);
	}

	private long produce(long meetingId, LocalDate asOf) throws Exception {
		mvc.perform(post("/meetings/{id}/packs", meetingId).with(user(scrutiny())).with(csrf())
				.param("asOf.day", String.valueOf(asOf.getDayOfMonth())).param("asOf.month", String.valueOf(asOf.getMonthValue()))
				.param("asOf.year", String.valueOf(asOf.getYear())))
			.andExpect(status().is3xxRedirection());
		long pack = jdbc.queryForObject("select max(id) from pack where panel_meeting_id = ?", Long.class, meetingId);
		PackWaits.awaitReady(jdbc, pack);
		return pack;
	}

	private byte[] download(long packId, String kind, UserDetails who) throws Exception {
		return mvc.perform(get("/packs/{id}/" + kind, packId).with(user(who))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// Table cells wrap; compare words, not line breaks.
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** The smallest font size of any character between the page's top and bottom margins (18 and 20 mm). */
	private static float smallestBodyTextPt(byte[] pdf) throws Exception {
		float[] smallest = {Float.MAX_VALUE};
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
					float height = getCurrentPage().getMediaBox().getHeight();
					float mm = 72f / 25.4f;
					for (org.apache.pdfbox.text.TextPosition position : positions) {
						float y = position.getYDirAdj();
						if (y > 18 * mm && y < height - 20 * mm && !position.getUnicode().isBlank()) {
							smallest[0] = Math.min(smallest[0], position.getFontSizeInPt());
						}
					}
				}
			};
			stripper.getText(document);
		}
		return smallest[0];
	}

	/** The text without the draft's or the issued pack's stamp. */
	private static String unstamped(byte[] pdf) throws Exception {
		return text(pdf).replace("DRAFT: not issued. Figures and wording may still change.", "")
			.replaceAll("Issued [^.]+ by Demo Scrutiny Officer\\. Pack reference \\d+- ?[0-9a-f]{12}\\.", "")
			.replaceAll("\\s+", " ").trim();
	}

	/** Each page's text, words separated by single spaces. */
	private static List<String> pages(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> pages = new java.util.ArrayList<>();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document).replaceAll("\\s+", " "));
			}
			return pages;
		}
	}

	@Test
	void thePdfIsTaggedAndHoldsTheLocalitiesAndThePapersSurveyFigures() throws Exception {
		long meeting = meeting("Pack text " + System.nanoTime(), localityId("Newport"), localityId("North Ormesby"));
		long pack = produce(meeting, LocalDate.of(2022, 1, 17));
		byte[] pdf = download(pack, "pdf", scrutiny());
		String text = text(pdf);
		assertThat(text).contains("Newport", "North Ormesby", "Making People Feel Safe");
		assertThat(text).contains("31.18%", "35.49%", "68.65%", "9.68%", "12.9%", "48.98%");
		assertThat(text).contains("32.61%", "51.51%", "77.14%", "13.04%", "21.21%", "31.42%");
		assertThat(text).contains("Sample size not recorded", "Over threshold: 34 children, threshold 26");
		assertThat(text).contains("Figures as they were recorded by the end of 17 January 2022.");
		assertThat(text).contains("Open escalations to DIG", "Over threshold");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
			assertThat(document.getDocumentInformation().getTitle()).contains("pack for the meeting of 17 January 2022");
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
		}
	}

	@Test
	void anIssuedPackNeverChangesAndShowsWhatTheAsOfDashboardShowed() throws Exception {
		PlanFixtures fixtures = new PlanFixtures(jdbc);
		long locality = fixtures.locality("Pack Ward " + System.nanoTime());
		long plan = fixtures.plan(locality, 1);
		LocalDate today = LocalDate.now(uk.gov.middlesbrough.tracker.web.AsOf.UK);
		Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS);
		long action = fixtures.action(plan, "Pack action", today.minusDays(60), today.plusDays(60), "1", lastWeek);
		fixtures.progress(action, 30, lastWeek);
		LocalDate asOf = today.minusDays(2);

		long meeting = meeting("Pack issue " + System.nanoTime(), locality);
		long pack = produce(meeting, asOf);
		// A draft says so on every page and in its file names.
		byte[] draft = download(pack, "pdf", scrutiny());
		assertThat(pages(draft)).hasSizeGreaterThan(1).allSatisfy(page -> assertThat(page).contains("DRAFT: not issued."));
		assertThat(jdbc.queryForList("select file_name from pack_file where pack_id = ? order by kind", String.class, pack))
			.allSatisfy(name -> assertThat(name).matches("panel-pack-.*-as-of-" + asOf + "-DRAFT\\.(pdf|zip|html)"));
		String draftSum = PackFiles.sha256(draft);
		long version = jdbc.queryForObject("select version from pack where id = ?", Long.class, pack);
		mvc.perform(post("/packs/{id}/issue", pack).with(user(scrutiny())).with(csrf()).param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		byte[] pdf = download(pack, "pdf", users.loadUserByUsername("viewer"));
		byte[] zip = download(pack, "zip", users.loadUserByUsername("viewer"));
		String pdfSum = jdbc.queryForObject("select sha256 from pack_file where pack_id = ? and kind = 'PDF'", String.class, pack);
		assertThat(PackFiles.sha256(pdf)).isEqualTo(pdfSum);
		assertThat(text(pdf)).contains("Overall completion: 30.0%");
		// Kept beside the browser tests' screenshots, to be looked at.
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/pack-issued.pdf"), pdf);
		// The demo's recommendations in full, each with its response, owner and latest progress (c was cut with "…").
		assertThat(text(pdf)).contains("consideration be given to the number of Early Help workers allocated to each area.",
				"Recommendation c: Completed", "Responsible post Head of Prevention", "Recommendation j: In progress",
				"Latest progress 14 February 2023: The report to scrutiny has not been submitted yet",
				"Report back to the panel was due by 31 January 2023 and the recommendation is still open")
			.doesNotContain("''");
		// Body text at least 11 pt: every character below the running head and above the page number.
		assertThat(smallestBodyTextPt(pdf)).isGreaterThanOrEqualTo(10.99f);
		// Nothing cut short ("[…]" marks words missing from the paper itself, in g).
		assertThat(text(pdf).replace("[…]", "")).doesNotContain("…");
		// Issued: every page says who issued it when, with the pack's reference (its number and the draft's checksum's
		// start); the same figures as the draft; no "DRAFT" anywhere, in the text or the names.
		String issuedLine = "Issued " + UkText.day(LocalDate.now(AsOf.UK)) + " by Demo Scrutiny Officer. Pack reference " + pack
				+ "-" + draftSum.substring(0, 12) + ".";
		assertThat(pages(pdf)).hasSameSizeAs(pages(draft)).allSatisfy(page -> assertThat(page).contains(issuedLine).doesNotContain("DRAFT"));
		assertThat(unstamped(pdf)).isEqualTo(unstamped(draft));
		assertThat(jdbc.queryForList("select file_name from pack_file where pack_id = ? order by kind", String.class, pack))
			.containsExactlyInAnyOrder("panel-pack-" + jdbc.queryForObject("select meeting_date from panel_meeting where id = ?",
					LocalDate.class, meeting) + "-as-of-" + asOf + ".pdf", "panel-pack-" + jdbc.queryForObject(
							"select meeting_date from panel_meeting where id = ?", LocalDate.class, meeting) + "-as-of-" + asOf + ".zip", "panel-pack-" + jdbc.queryForObject(
							"select meeting_date from panel_meeting where id = ?", LocalDate.class, meeting) + "-as-of-" + asOf + ".html");
		// Every file in the ZIP is dated the pack's day (not 1 January 1970).
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			int files = 0;
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry(), files++) {
				assertThat(LocalDate.ofInstant(entry.getLastModifiedTime().toInstant(), AsOf.UK)).as(entry.getName()).isEqualTo(asOf);
			}
			assertThat(files).isGreaterThan(1);
		}

		// The data changes after the pack was issued.
		fixtures.progress(action, 90, Instant.now());
		mvc.perform(post("/packs/{id}/regenerate", pack).with(user(scrutiny())).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(download(pack, "pdf", scrutiny())).isEqualTo(pdf);
		assertThat(download(pack, "zip", scrutiny())).isEqualTo(zip);
		assertThat(jdbc.queryForObject("select sha256 from pack_file where pack_id = ? and kind = 'PDF'", String.class, pack))
			.isEqualTo(pdfSum);
		// The dashboard as of the pack's date still shows what the pack shows; today's shows the change.
		mvc.perform(get("/localities/{id}/dashboard", locality).with(user(scrutiny()))
				.param("asOf.day", String.valueOf(asOf.getDayOfMonth())).param("asOf.month", String.valueOf(asOf.getMonthValue()))
				.param("asOf.year", String.valueOf(asOf.getYear())))
			.andExpect(content().string(containsString("30.0%")));
		mvc.perform(get("/localities/{id}/dashboard", locality).with(user(scrutiny())))
			.andExpect(content().string(containsString("90.0%")));
		// And the database itself refuses to change an issued pack.
		assertThatThrownBy(() -> jdbc.update("update pack_file set content = '\\x00'::bytea where pack_id = ?", pack))
			.hasMessageContaining("never change");
		assertThatThrownBy(() -> jdbc.update("delete from pack where id = ?", pack)).hasMessageContaining("never changes");
	}

	@Test
	void aPanelMemberSeesIssuedPacksOnlyAndCannotProduceOne() throws Exception {
		long meeting = meeting("Pack drafts " + System.nanoTime(), localityId("Newport"));
		long draft = produce(meeting, LocalDate.of(2022, 1, 10));
		UserDetails viewer = users.loadUserByUsername("viewer");
		mvc.perform(get("/meetings/{id}", meeting).with(user(viewer)))
			.andExpect(content().string(containsString("No pack has been issued for this meeting yet.")));
		mvc.perform(get("/packs/{id}/pdf", draft).with(user(viewer))).andExpect(status().isNotFound());
		mvc.perform(post("/meetings/{id}/packs", meeting).with(user(viewer)).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void refusesAFutureAsOfDate() throws Exception {
		long meeting = meeting("Pack future " + System.nanoTime(), localityId("Newport"));
		LocalDate nextYear = LocalDate.now().plusYears(1);
		mvc.perform(post("/meetings/{id}/packs", meeting).with(user(scrutiny())).with(csrf())
				.param("asOf.day", "1").param("asOf.month", "1").param("asOf.year", String.valueOf(nextYear.getYear())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#asOf\">The as-of date must be today or in the past</a>")));
	}
}
