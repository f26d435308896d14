package uk.gov.middlesbrough.tracker.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class PackNumberingTests {

	private static final String PACK = """
			<!DOCTYPE html>
			<html lang="en"><head><title>Pack</title></head><body>
			<div class="cover"><h1>Panel pack</h1><h2>Contents</h2><ul class="contents"><li>placeholder</li></ul><p class="contents-line">placeholder</p></div>
			<div class="chapter"><h2>Summary</h2>
			  <table><thead><tr><th scope="col">Locality</th><th scope="col">Completion</th></tr></thead>
			  <tbody><tr><th scope="row">Newport</th><td>65.9%</td></tr></tbody></table></div>
			<div class="chapter"><h2>Newport</h2><h3>Action plans</h3><h3>PMF indicators</h3><h3>Trend</h3></div>
			<div class="chapter"><h2>Scrutiny recommendations</h2><h4>Before any section</h4>
			  <h3>Locality working review</h3><h4>Recommendation a</h4><h4>Recommendation b</h4>
			  <h3>Second review</h3><h4>Recommendation a</h4></div>
			</body></html>""";

	private final Document numbered = Jsoup.parse(PackNumbering.number(PACK), "", Parser.xmlParser());

	@Test
	void chaptersAreNumberedInOrderAfterTheCover() {
		assertThat(numbered.select(".chapter > h2").eachText())
			.containsExactly("1 Summary", "2 Newport", "3 Scrutiny recommendations");
		assertThat(numbered.select(".chapter > h2").eachAttr("id")).containsExactly("s1", "s2", "s3");
		assertThat(numbered.select(".cover h2").text()).isEqualTo("Contents");
	}

	@Test
	void sectionsAndParagraphsAreNumberedWithinTheirChapter() {
		assertThat(numbered.select("h3").eachText()).containsExactly("2.1 Action plans", "2.2 PMF indicators", "2.3 Trend",
				"3.2 Locality working review", "3.3 Second review");
		// A paragraph before any section opens section 1 of its chapter; the next section is 2.
		assertThat(numbered.select("h4").eachText()).containsExactly("3.1 Before any section", "3.2.1 Recommendation a",
				"3.2.2 Recommendation b", "3.3.1 Recommendation a");
		assertThat(numbered.select("h4").eachAttr("id")).containsExactly("s3-1", "s3-2-1", "s3-2-2", "s3-3-1");
	}

	@Test
	void theContentsListTheNumberedChapters() {
		assertThat(numbered.select("ul.contents > li").eachText())
			.containsExactly("1 Summary", "2 Newport", "3 Scrutiny recommendations");
		assertThat(numbered.select("ul.contents > li").eachAttr("data-target")).containsExactly("s1", "s2", "s3");
		assertThat(numbered.select("p.contents-line").text()).isEqualTo("1 Summary \u00b7 2 Newport \u00b7 3 Scrutiny recommendations");
	}

	@Test
	void eachCellIsLabelledWithItsColumnHeader() {
		assertThat(numbered.select("tbody th").attr("data-label")).isEqualTo("Locality");
		assertThat(numbered.select("tbody td").attr("data-label")).isEqualTo("Completion");
	}

	@Test
	void theOutputStaysWellFormedXhtmlForTheRenderer() {
		String out = PackNumbering.number(PACK);
		assertThat(out).contains("<span class=\"number\">2.1</span> Action plans");
		assertThat(out).doesNotContain("<br>").contains("<!DOCTYPE html>");
	}
}
