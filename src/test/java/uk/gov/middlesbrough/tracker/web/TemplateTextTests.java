package uk.gov.middlesbrough.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every message key a template names exists, and no template shows English of its own: all text comes from the
 * message bundles (the words a template holds for previewing it are replaced by {@code th:text} when it renders).
 */
class TemplateTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");
	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][\\w.\\-]*)\\s*[(}]");
	/** Attributes that replace an element's content when the page renders. */
	private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert");

	@Test
	void everyMessageKeyATemplateNamesExists() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher keys = KEY.matcher(Files.readString(template));
			while (keys.find()) {
				if (!messages.containsKey(keys.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void noTemplateShowsWordsOfItsOwn() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			// As XML, so fragments such as a lone <thead> stay where they are written.
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (replaced(element) || "style".equals(element.tagName()) || "script".equals(element.tagName())) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					String words = text.text().strip();
					if (words.matches(".*[A-Za-z]{2,}.*")) {
						literal.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + words);
					}
				}
			}
		}
		assertThat(literal).isEmpty();
	}

	/**
	 * Whether the element or one around it replaces its content (so its own words are only for previewing). A page's
	 * {@code <html th:replace="~{layout :: layout(title, ~{::main})}">} does not: its own {@code <main>} is shown.
	 */
	private static boolean replaced(Element element) {
		for (Element each = element; each != null && !"html".equals(each.tagName()); each = each.parent()) {
			for (String attribute : REPLACING) {
				if (each.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties messages() throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			for (Path file : files.filter(each -> each.getFileName().toString().matches("messages.*\\.properties")).toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					Properties one = new Properties();
					one.load(new InputStreamReader(in, StandardCharsets.UTF_8));
					all.putAll(one);
				}
			}
		}
		return all;
	}
}
