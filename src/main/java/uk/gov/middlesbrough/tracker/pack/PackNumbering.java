package uk.gov.middlesbrough.tracker.pack;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Numbers a laid-out pack once, so that its PDF and its web view carry the same numbers and minutes can cite "pack
 * 3.2": every chapter ({@code class="chapter"}) is numbered 1, 2, ... on its {@code h2}, each {@code h3} in it 2.1,
 * 2.2, ... and each {@code h4} under an {@code h3} 2.1.1, ...; each numbered heading gets the id {@code s2-1}. The
 * contents ({@code ul class="contents"}, and on one line {@code p class="contents-line"}) list the chapters with their
 * numbers. Each table cell also gets its column's
 * header as {@code data-label}, so that a phone can show a row as a card with each figure named.
 */
final class PackNumbering {

	private PackNumbering() {
	}

	/** The pack's XHTML, numbered. */
	static String number(String xhtml) {
		Document document = Jsoup.parse(xhtml, "", Parser.xmlParser());
		document.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
		List<Element> chapterHeadings = new ArrayList<>();
		int chapter = 0;
		for (Element part : document.select(".chapter")) {
			chapter++;
			int section = 0;
			int paragraph = 0;
			boolean titled = false;
			for (Element heading : part.select("h2, h3, h4")) {
				if (heading.tagName().equals("h2")) {
					if (!titled) {
						label(heading, String.valueOf(chapter));
						chapterHeadings.add(heading);
						titled = true;
					}
				}
				else if (heading.tagName().equals("h3") || section == 0) {
					section++;
					paragraph = 0;
					label(heading, chapter + "." + section);
				}
				else {
					paragraph++;
					label(heading, chapter + "." + section + "." + paragraph);
				}
			}
		}
		contents(document, chapterHeadings);
		labelCells(document);
		return document.outerHtml();
	}

	private static void label(Element heading, String number) {
		heading.id("s" + number.replace('.', '-'));
		heading.prependText(" ");
		heading.prependElement("span").addClass("number").text(number);
	}

	private static void contents(Document document, List<Element> chapterHeadings) {
		String line = String.join(" \u00b7 ", chapterHeadings.stream().map(Element::text).toList());
		document.select("p.contents-line").forEach(paragraph -> paragraph.text(line));
		for (Element contents : document.select("ul.contents")) {
			contents.empty();
			for (Element heading : chapterHeadings) {
				contents.appendElement("li").attr("data-target", heading.id()).text(heading.text());
			}
		}
	}

	private static void labelCells(Document document) {
		for (Element table : document.select("table")) {
			Elements headers = table.select("> thead > tr > th");
			if (headers.isEmpty()) {
				continue;
			}
			for (Element row : table.select("> tbody > tr")) {
				Elements cells = row.children();
				for (int i = 0; i < cells.size() && i < headers.size(); i++) {
					cells.get(i).attr("data-label", headers.get(i).text());
				}
			}
		}
	}
}
