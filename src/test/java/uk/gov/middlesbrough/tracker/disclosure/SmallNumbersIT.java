package uk.gov.middlesbrough.tracker.disclosure;

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
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.gov.middlesbrough.tracker.caseload.CaseloadFixtures;
import uk.gov.middlesbrough.tracker.indicator.IndicatorFixtures;
import uk.gov.middlesbrough.tracker.pack.PackWaits;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * Small numbers outside the team's own pages (issue 15): a count of children below 5 is "fewer than 5" in the
 * comparison, its CSV and XLSX downloads and the panel pack (PDF and ZIP), and its chart is not drawn there; the team's
 * own dashboard shows it; a percentage is never withheld.
 */
class SmallNumbersIT extends IntegrationTest {

	private static final Instant RECORDED = Instant.parse("2022-05-10T09:00:00Z");
	private static final String AS_OF = "2022-06-01";

	@Autowired
	private UserDetailsService users;

	private long small;
	private long large;
	private String counted;
	private String share;

	@BeforeEach
	void twoLocalitiesWithASmallAndALargeCount() {
		String suffix = Long.toString(System.nanoTime(), 36);
		CaseloadFixtures caseloads = new CaseloadFixtures(jdbc);
		IndicatorFixtures indicators = new IndicatorFixtures(jdbc);
		small = caseloads.locality("Small " + suffix);
		large = caseloads.locality("Large " + suffix);
		long children = indicators.indicator("sn-children-" + suffix, "COUNT", "LOWER_IS_BETTER", null, "1");
		long percent = indicators.indicator("sn-share-" + suffix, "PERCENTAGE", "HIGHER_IS_BETTER", null, "1");
		counted = "Indicator sn-children-" + suffix;
		share = "Indicator sn-share-" + suffix;
		// Children: 7 then 3 in the small locality (the 3 withheld), 12 then 9 in the large one; the share: 3% (shown).
		indicators.figure(children, small, LocalDate.of(2022, 3, 31), "7", "Returns", RECORDED);
		indicators.figure(children, small, LocalDate.of(2022, 4, 30), "3", "Returns", RECORDED);
		indicators.figure(children, large, LocalDate.of(2022, 3, 31), "12", "Returns", RECORDED);
		indicators.figure(children, large, LocalDate.of(2022, 4, 30), "9", "Returns", RECORDED);
		indicators.figure(percent, small, LocalDate.of(2022, 4, 30), "3", "Survey", RECORDED);
		// A social worker holding 3 children of 2 families (withheld), none open under six months (0 is shown); 22, 12, 6.
		caseloads.snapshot(small, LocalDate.of(2022, 5, 1), "SOCIAL_WORKER", "Social Worker S", 3, 2, 0, RECORDED);
		caseloads.snapshot(large, LocalDate.of(2022, 5, 1), "SOCIAL_WORKER", "Social Worker L", 22, 12, 6, RECORDED);
	}

	private UserDetails head() {
		return users.loadUserByUsername("head");
	}

	@Test
	void theTeamsOwnDashboardShowsTheCountButTheComparisonWritesItInWordsAndDoesNotChartIt() throws Exception {
		Document dashboard = page(get("/localities/{id}/dashboard", small).param("asOf.day", "1").param("asOf.month", "6")
				.param("asOf.year", "2022"));
		assertThat(dashboard.select("#dashboard-indicators tr:contains(" + counted + ")").text()).contains("3");
		assertThat(dashboard.select("#dashboard-caseloads").text()).contains("Social Worker S");
		assertThat(dashboard.text()).doesNotContain("fewer than 5");

		Document comparison = page(get("/compare").param("locality", String.valueOf(small), String.valueOf(large))
				.param("asOf.day", "1").param("asOf.month", "6").param("asOf.year", "2022"));
		List<String> cells = comparison.select("#compare-indicators tr:contains(" + counted + ") td strong:eq(0)").eachText();
		assertThat(cells).startsWith("fewer than 5", "9");
		assertThat(comparison.select("#compare-indicators tr:contains(" + share + ") td").first().text()).startsWith("3%");
		assertThat(comparison.select("#compare-caseloads td").get(0).text())
			.contains("Social Worker S: fewer than 5 children").contains("fewer than 5 children, threshold")
			.doesNotContain("3 children");
		assertThat(comparison.select("#compare-caseloads td").get(1).text()).contains("Social Worker L: 22 children");
		// The count's trend is not charted (a chart would show the 3); the share's is.
		String trend = comparison.select("h4:contains(" + counted + ") + *").outerHtml();
		assertThat(trend).contains("Not charted: some of these figures are fewer than 5").doesNotContain("<figure");
		assertThat(comparison.select("h4:contains(" + share + ") + *").outerHtml()).startsWith("<figure");
		assertThat(comparison.select("a[href^=/compare/export?table=indicators]").eachText())
			.containsExactly("Download as CSV", "Download as XLSX");
	}

	@Test
	void theComparisonsDownloadsWriteTheCountInWordsInCsvAndXlsx() throws Exception {
		List<CSVRecord> indicators = csv("/compare/export?table=indicators&format=csv&asOf=" + AS_OF + "&locality=" + small
				+ "&locality=" + large);
		assertThat(indicators.stream().filter(row -> row.get(1).equals(counted)).map(row -> row.get(0).split(" ")[0] + " "
				+ row.get(3)).toList()).containsExactly("Small fewer than 5", "Large 9");
		assertThat(indicators.stream().filter(row -> row.get(1).equals(share)).map(row -> row.get(3)).toList())
			.containsExactly("3");

		List<CSVRecord> caseloads = csv("/localities/" + small + "/dashboard/export?table=caseloads&format=csv&asOf=" + AS_OF);
		assertThat(caseloads.get(0).toList()).startsWith("Locality", "Post", "Role", "Children", "Families");
		assertThat(caseloads.get(1).toList().subList(1, 6))
			.containsExactly("Social Worker S", "Social worker", "fewer than 5", "fewer than 5", "0");

		byte[] xlsx = mvc.perform(get("/compare/export?table=caseloads&format=xlsx&asOf=" + AS_OF + "&locality=" + small
				+ "&locality=" + large).with(user(head()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(1).getCell(3).getType()).isEqualTo(CellType.STRING);
			assertThat(rows.get(1).getCell(3).asString()).isEqualTo("fewer than 5");
			assertThat(rows.get(1).getCell(5).asNumber()).isEqualByComparingTo("0");
			assertThat(rows.get(2).getCell(3).getType()).isEqualTo(CellType.NUMBER);
			assertThat(rows.get(2).getCell(3).asNumber()).isEqualByComparingTo("22");
		}
	}

	@Test
	void thePackWritesTheCountInWordsInItsPdfAndItsZipAndDoesNotChartIt() throws Exception {
		UserDetails scrutiny = users.loadUserByUsername("scrutiny");
		String topic = "Small numbers " + System.nanoTime();
		mvc.perform(post("/meetings").with(user(scrutiny)).with(csrf())
				.param("panel", "Children and Young People's Social Care and Services Scrutiny Panel").param("topic", topic)
				.param("meetingDate.day", "15").param("meetingDate.month", "6").param("meetingDate.year", "2022")
				.param("localityIds", String.valueOf(small), String.valueOf(large)))
			.andExpect(status().is3xxRedirection());
		long meeting = jdbc.queryForObject("select max(id) from panel_meeting where topic = ?", Long.class, topic);
		mvc.perform(post("/meetings/{id}/packs", meeting).with(user(scrutiny)).with(csrf())
				.param("asOf.day", "1").param("asOf.month", "6").param("asOf.year", "2022"))
			.andExpect(status().is3xxRedirection());
		long pack = jdbc.queryForObject("select max(id) from pack where panel_meeting_id = ?", Long.class, meeting);
		PackWaits.awaitReady(jdbc, pack);

		String pdf;
		try (PDDocument document = Loader.loadPDF(download(pack, "pdf", scrutiny))) {
			// Table cells wrap, a name after its hyphen too: compare words, not line breaks.
			pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ").replace("- ", "-");
		}
		assertThat(pdf).contains(counted + " fewer than 5 (April 2022)").contains(counted + " 9 (April 2022)")
			.contains(share + " 3% (April 2022)")
			.contains("Social Worker S fewer than 5 fewer than 5 0 Within threshold: fewer than 5 children")
			.contains("Social Worker L 22 12 6")
			.contains("Not charted: some of these figures are fewer than 5");

		StringBuilder csvs = new StringBuilder();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(download(pack, "zip", scrutiny)))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				if (entry.getName().endsWith(".csv")) {
					csvs.append(new String(entries.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		assertThat(csvs.toString()).contains(",Social Worker S,Social worker,fewer than 5,fewer than 5,0,")
			.contains(",Social Worker L,Social worker,22,12,6,").contains("," + counted + ",2022-04-30,fewer than 5,")
			.doesNotContain(",Social Worker S,Social worker,3,");
	}

	private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(user(head()))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private List<CSVRecord> csv(String path) throws Exception {
		String text = mvc.perform(get(path).with(user(head()))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return new ArrayList<>(CSVFormat.DEFAULT.parse(new java.io.StringReader(text.replace("\uFEFF", ""))).getRecords());
	}

	private byte[] download(long pack, String kind, UserDetails who) throws Exception {
		return mvc.perform(get("/packs/{id}/" + kind, pack).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
	}
}
