package uk.gov.middlesbrough.tracker.pack;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where a pack PDF's text lies on its pages (PDFBox text positions, millimetres from the page's top) and which pages
 * each chart's structure element group is on, for the tests of its layout. The pack's page margins are 18 mm at the
 * top (the stamp, and the running head under it) and 20 mm at the bottom (the page number).
 */
final class PdfLayout {

	private static final float MM = 72f / 25.4f;
	private static final float TOP_MARGIN_MM = 18;
	private static final float BOTTOM_MARGIN_MM = 20;

	/** One page: its height, its head's lines from the top, and its body's lines. */
	record Page(int number, float heightMm, List<String> headLines, List<Line> bodyLines) {

		/** How far down the body's text reaches (its last line's baseline). */
		float lowestBodyTextMm() {
			return bodyLines.stream().map(Line::yMm).max(Float::compare).orElse(0f);
		}

		/** The room left under the body's text, to the bottom margin. */
		float roomLeftMm() {
			return heightMm - BOTTOM_MARGIN_MM - lowestBodyTextMm();
		}

		/** The running head: the head's line under the stamp, or "" when there is none. */
		String runningHead() {
			return headLines.size() < 2 ? "" : headLines.get(1);
		}

		/** The chapter the running head names: its part before " — " ("Newport — Resident surveys": "Newport"). */
		String chapter() {
			return runningHead().split(" — ")[0];
		}
	}

	/** A line of text and its baseline, from the page's top. */
	record Line(String text, float yMm) {
	}

	/** A chart's Figure with the nearest group around it that holds a table: its heading, the chart and its figures. */
	record ChartGroup(String alt, Set<Integer> pages, List<String> types) {

		/** The heading the alternative text names: "Line chart of <title>: <points>". */
		String title() {
			return alt.substring("Line chart of ".length(), alt.indexOf(": "));
		}

		/** The period or wave of the last figure the alternative text lists, the first cell of its table's last row. */
		String lastLabel() {
			String points = alt.substring(alt.indexOf(": ") + 2).replaceFirst("(; target .*)?\\.$", "");
			String last = points.substring(points.lastIndexOf(", ") + 2);
			return last.substring(0, last.lastIndexOf(' '));
		}
	}

	private PdfLayout() {
	}

	static List<Page> pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<Page> pages = new ArrayList<>();
			for (int number = 1; number <= document.getNumberOfPages(); number++) {
				pages.add(page(document, number));
			}
			return pages;
		}
	}

	private static Page page(PDDocument document, int number) throws IOException {
		PDPage page = document.getPage(number - 1);
		float heightMm = page.getMediaBox().getHeight() / MM;
		PDFTextStripperByArea head = new PDFTextStripperByArea();
		head.setSortByPosition(true);
		head.addRegion("head", new Rectangle2D.Float(0, 0, page.getMediaBox().getWidth(), TOP_MARGIN_MM * MM));
		head.extractRegions(page);
		List<String> headLines = Arrays.stream(head.getTextForRegion("head").split("\\R"))
			.map(String::strip).filter(line -> !line.isEmpty()).toList();
		List<Line> bodyLines = new ArrayList<>();
		PDFTextStripper body = new PDFTextStripper() {
			private final StringBuilder line = new StringBuilder();
			private float y;

			@Override
			protected void writeString(String text, List<TextPosition> positions) {
				line.append(text);
				y = Math.max(y, positions.get(0).getYDirAdj() / MM);
			}

			@Override
			protected void writeWordSeparator() {
				line.append(' ');
			}

			@Override
			protected void writeLineSeparator() {
				String text = line.toString().strip();
				if (y > TOP_MARGIN_MM && y < heightMm - BOTTOM_MARGIN_MM && !text.isEmpty()) {
					bodyLines.add(new Line(text, y));
				}
				line.setLength(0);
				y = 0;
			}
		};
		body.setSortByPosition(true);
		body.setStartPage(number);
		body.setEndPage(number);
		body.getText(document);
		return new Page(number, heightMm, headLines, bodyLines);
	}

	/** Every Figure in the structure tree, in order, with the pages its group's content is drawn on. */
	static List<ChartGroup> chartGroups(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<ChartGroup> groups = new ArrayList<>();
			collect(document, document.getDocumentCatalog().getStructureTreeRoot(), groups);
			return groups;
		}
	}

	private static void collect(PDDocument document, PDStructureNode node, List<ChartGroup> groups) {
		for (Object kid : node.getKids()) {
			if (!(kid instanceof PDStructureElement element)) {
				continue;
			}
			if ("Figure".equals(element.getStructureType())) {
				PDStructureElement group = element;
				while (group.getParent() instanceof PDStructureElement parent && !holdsTable(group)) {
					group = parent;
				}
				Set<Integer> pages = new TreeSet<>();
				pagesOf(document, group, null, pages);
				List<String> types = new ArrayList<>();
				typesOf(group, types);
				groups.add(new ChartGroup(element.getAlternateDescription(), pages, types));
			}
			collect(document, element, groups);
		}
	}

	private static boolean holdsTable(PDStructureElement element) {
		List<String> types = new ArrayList<>();
		typesOf(element, types);
		return types.contains("Table");
	}

	private static void typesOf(PDStructureElement element, List<String> types) {
		types.add(element.getStructureType());
		for (Object kid : element.getKids()) {
			if (kid instanceof PDStructureElement child) {
				typesOf(child, types);
			}
		}
	}

	/** The pages (from 1) of an element's marked content; an element without its own page has its parent's. */
	private static void pagesOf(PDDocument document, PDStructureElement element, PDPage inherited, Set<Integer> pages) {
		PDPage page = element.getPage() != null ? element.getPage() : inherited;
		for (Object kid : element.getKids()) {
			if (kid instanceof PDStructureElement child) {
				pagesOf(document, child, page, pages);
			}
			else if (kid instanceof PDMarkedContentReference reference) {
				pages.add(document.getPages().indexOf(reference.getPage() != null ? reference.getPage() : page) + 1);
			}
			else if (kid instanceof Integer) {
				pages.add(document.getPages().indexOf(page) + 1);
			}
		}
	}
}
