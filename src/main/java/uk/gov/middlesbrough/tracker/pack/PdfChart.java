package uk.gov.middlesbrough.tracker.pack;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * A chart as the pack PDF shows it, with the alternative text PDF/UA asks of every figure: what the chart's table
 * says, every point, as "Line chart of Long-term empty homes in Newport: 2019 148, 2020 150; target 100." openhtmltopdf
 * puts the {@code alt} attribute of an inline {@code svg} element on the PDF's Figure.
 */
public final class PdfChart {

	private PdfChart() {
	}

	/** One figure of the chart as its table shows it: the period or wave, and the value as formatted there. */
	public record Point(String label, String value) {
	}

	/**
	 * @param title what the chart's heading says, e.g. "Long-term empty homes in Newport"
	 * @param target the target as formatted in the tables, or null when the chart draws none
	 */
	public static String description(MessageSource messages, Locale locale, String title, List<Point> points, String target) {
		String figures = points.stream()
			.map(point -> messages.getMessage("pdf.chart.alt.point", new Object[] {point.label(), point.value()}, locale))
			.collect(Collectors.joining(", "));
		return target == null ? messages.getMessage("pdf.chart.alt", new Object[] {title, figures}, locale)
				: messages.getMessage("pdf.chart.alt.target", new Object[] {title, figures, target}, locale);
	}

	/** The SVG document with the description as the {@code alt} attribute of its root element. */
	public static String withAlt(String svg, String description) {
		int start = svg.indexOf("<svg");
		if (start < 0) {
			throw new IllegalArgumentException("Not an SVG document");
		}
		int afterName = start + "<svg".length();
		return svg.substring(0, afterName) + " alt=\"" + attribute(description) + "\"" + svg.substring(afterName);
	}

	private static String attribute(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
