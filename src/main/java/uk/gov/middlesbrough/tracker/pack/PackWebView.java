package uk.gov.middlesbrough.tracker.pack;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.springframework.stereotype.Component;

/**
 * A pack read in the browser: the numbered XHTML stored with its PDF (the same content, the same numbers, so minutes
 * can cite "pack 3.2"), its contents turned into links to the numbered chapters. The page's own heading replaces the
 * cover's; the paper's running heads are left out.
 */
@Component
public class PackWebView {

	private final PackFiles files;

	PackWebView(PackFiles files) {
		this.files = files;
	}

	/** The pack's body as HTML, or empty for a pack produced before packs kept their XHTML. */
	public Optional<Body> of(long packId) {
		return files.find(packId, PackFileKind.HTML).map(file -> body(new String(file.content(), StandardCharsets.UTF_8)));
	}

	static Body body(String numberedXhtml) {
		Document document = Jsoup.parse(numberedXhtml, "", Parser.xmlParser());
		Element body = document.selectFirst("body");
		if (body == null) {
			throw new IllegalStateException("A stored pack has no body");
		}
		body.select(".cover h1, .running-head, p.contents-line").remove();
		// On screen the contents come first, before the summary; on paper they close the first page.
		Element contents = body.selectFirst(".cover-contents");
		Element cover = body.selectFirst(".cover");
		if (contents != null && cover != null) {
			contents.remove();
			cover.after(contents);
		}
		for (Element entry : body.select("ul.contents > li[data-target]")) {
			String target = entry.attr("data-target");
			String text = entry.text();
			entry.removeAttr("data-target").empty();
			entry.appendElement("a").addClass("govuk-link").attr("href", "#" + target).text(text);
		}
		List<String> chapters = body.select(".chapter h2[id]").eachText();
		document.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.html);
		return new Body(body.html(), chapters);
	}

	/**
	 * The pack's body, escaped as it was when Thymeleaf laid the pack out (every figure and name the users typed
	 * went through th:text), and its numbered chapter titles.
	 */
	public record Body(String html, List<String> chapters) {
	}
}
