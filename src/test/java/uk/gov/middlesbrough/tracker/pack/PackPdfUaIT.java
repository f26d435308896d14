package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.security.SignedInUser;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;
import uk.gov.middlesbrough.tracker.web.AsOf;

/**
 * The demo's issued panel pack (Newport and North Ormesby, 17 January 2022) as a reader and a checker get it, and a
 * draft for the same meeting as of today, which also has the scrutiny recommendations in full.
 */
class PackPdfUaIT extends IntegrationTest {

	@Autowired
	PackProduction production;

	@Autowired
	UserDetailsService users;

	/** The demo pack's PDF, also kept beside the browser tests' screenshots to be looked at. */
	private byte[] demoPack() throws Exception {
		return kept("demo-pack.pdf", jdbc.queryForObject("""
				select f.content from pack_file f join pack p on p.id = f.pack_id join panel_meeting m on m.id = p.panel_meeting_id
				where m.topic = ? and f.kind = 'PDF' order by p.id limit 1""", byte[].class, DemoPack.TOPIC));
	}

	/** A draft for a meeting on the pilots as of today, with the recommendations and their progress since. */
	private byte[] draftAsOfToday() throws Exception {
		SignedInUser scrutiny = (SignedInUser) users.loadUserByUsername("scrutiny");
		long meeting = production.addMeeting("Children and Young People's Social Care and Services Scrutiny Panel",
				LocalDate.of(2022, 1, 17), "Pack layout " + System.nanoTime(), List.of(localityId("Newport"), localityId("North Ormesby")),
				scrutiny);
		long pack = production.produceDraftNow(meeting, LocalDate.now(AsOf.UK), scrutiny);
		return kept("demo-meeting-draft-today.pdf",
				jdbc.queryForObject("select content from pack_file where pack_id = ? and kind = 'PDF'", byte[].class, pack));
	}

	private static byte[] kept(String name, byte[] pdf) throws Exception {
		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots", name), pdf);
		return pdf;
	}

	@Test
	void passesVeraPdfsPdfUa1Validation() throws Exception {
		PdfUa.assertPdfUa1(demoPack());
		PdfUa.assertPdfUa1(draftAsOfToday());
	}

	@Test
	void eachChartIsOnOnePageWithItsHeadingAndItsFiguresAndSaysThem() throws Exception {
		List<PdfLayout.ChartGroup> charts = PdfLayout.chartGroups(demoPack());
		// The demo's charts: Newport's 4 indicators and 2 survey questions; North Ormesby's 5 and 2.
		assertThat(charts).hasSize(13).allSatisfy(chart -> {
			assertThat(chart.pages()).as(chart.alt()).hasSize(1);
			assertThat(chart.types()).as(chart.alt()).contains("Table").containsAnyOf("H3", "H4");
			assertThat(chart.alt()).startsWith("Line chart of ");
		});
		assertThat(charts).extracting(PdfLayout.ChartGroup::alt).contains(
				"Line chart of Long-term empty homes in Newport: 2019 148, 2020 150; target 100.",
				"Line chart of Feeling safe after dark in Newport (% agreeing): September 2020 9.68%, March 2021 12.9%, "
						+ "September 2021 48.98%.");
	}

	@Test
	void aPackCarryingProvisionalFiguresIsWatermarkedOnEveryPageAndMarksThem() throws Exception {
		// The demo signs off only North Ormesby's 2021 police figures, so the demo pack carries provisional ones.
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(demoPack())) {
			org.apache.pdfbox.text.PDFTextStripper text = new org.apache.pdfbox.text.PDFTextStripper();
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				text.setStartPage(page);
				text.setEndPage(page);
				assertThat(text.getText(pdf).replaceAll("\\s+", " ")).as("page " + page).contains("PROVISIONAL FIGURES");
			}
			text.setStartPage(1);
			text.setEndPage(pdf.getNumberOfPages());
			assertThat(text.getText(pdf)).contains("(provisional)");
		}
	}

	@Test
	void noPageIsMostlyEmpty() throws Exception {
		// The summary and the contents fit on the first page (a page of the summary's own would be nearly empty).
		assertThat(PdfLayout.pages(demoPack())).extracting(PdfLayout.Page::runningHead).doesNotContain("Summary");
		// At most one: a chart of twelve months of figures that does not fit under the chart before it.
		assertThat(shortPages(demoPack())).isLessThanOrEqualTo(1);
		assertThat(shortPages(draftAsOfToday())).isLessThanOrEqualTo(1);
	}

	/**
	 * Checks that every page but a chapter's last has text below its middle, unless the next page starts with a chart
	 * that, with its heading and figures, needs more room than this page had left (a chart is never split); returns how
	 * many pages are short for that reason.
	 */
	private static int shortPages(byte[] pdf) throws Exception {
		List<PdfLayout.Page> pages = PdfLayout.pages(pdf);
		List<PdfLayout.ChartGroup> charts = PdfLayout.chartGroups(pdf);
		int shortPages = 0;
		for (int i = 0; i + 1 < pages.size(); i++) {
			PdfLayout.Page page = pages.get(i);
			PdfLayout.Page next = pages.get(i + 1);
			if (!page.chapter().equals(next.chapter()) || page.lowestBodyTextMm() > page.heightMm() / 2) {
				continue;
			}
			shortPages++;
			PdfLayout.Line top = next.bodyLines().get(0);
			// Headings carry their section's number ("3.5 "); the chart's title does not.
			String heading = top.text().replaceFirst("^\\d+(\\.\\d+)* ", "");
			PdfLayout.ChartGroup chart = charts.stream().filter(c -> c.title().startsWith(heading)).findFirst()
				.orElseThrow(() -> new AssertionError("Page " + page.number() + " is mostly empty and page " + next.number()
						+ " starts with \"" + top.text() + "\", not a chart"));
			PdfLayout.Line lastRow = next.bodyLines().stream().filter(line -> line.text().startsWith(chart.lastLabel() + " "))
				.reduce((first, second) -> second).orElseThrow();
			assertThat(lastRow.yMm() - top.yMm()).as("page %d: the room %s needs", page.number(), chart.title())
				.isGreaterThan(page.roomLeftMm());
		}
		return shortPages;
	}

	@Test
	void everyPageIsHeadedWithItsChapterAndSectionUnderTheStamp() throws Exception {
		List<PdfLayout.Page> pages = PdfLayout.pages(demoPack());
		assertThat(pages).allSatisfy(page -> assertThat(page.headLines()).as("page %d", page.number())
			.first().asString().startsWith("Issued "));
		// The cover has its title; every page after it a running head under the stamp.
		assertThat(pages.get(0).runningHead()).isEmpty();
		assertThat(pages.subList(1, pages.size())).allSatisfy(page -> assertThat(page.headLines()).as("page %d", page.number()).hasSize(2));
		assertThat(pages).extracting(PdfLayout.Page::runningHead)
			.contains("Newport", "Newport — Resident surveys", "North Ormesby", "North Ormesby — PMF indicators",
					"Localities compared", "Scrutiny recommendations")
			.containsSubsequence("Newport", "North Ormesby", "Localities compared", "Scrutiny recommendations");
	}
}
