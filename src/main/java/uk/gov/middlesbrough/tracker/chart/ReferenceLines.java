package uk.gov.middlesbrough.tracker.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The names of a chart's reference lines (a target, a threshold per role), written in the right margin level with
 * their lines, so they never sit on the data. Names whose lines are closer than a line of text (thresholds of 25 and
 * 26) are moved apart, each joined to its line by a short stroke.
 */
final class ReferenceLines {

	private static final int GAP = 6;

	private final List<Line> lines;
	private final Font font;

	ReferenceLines(List<Line> lines, Font font) {
		this.lines = lines.stream().sorted(Comparator.comparingDouble(Line::value).reversed()).toList();
		this.font = font;
	}

	/** A line drawn across the plot at {@code value}, named {@code label} (a line break in it starts a second line). */
	record Line(double value, String label) {

		List<String> textLines() {
			return List.of(label.split("\n"));
		}
	}

	/** The width the names need beside the plot (0 when there are none). */
	int marginWidth() {
		if (lines.isEmpty()) {
			return 0;
		}
		Graphics2D measuring = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		try {
			FontMetrics metrics = measuring.getFontMetrics(font);
			return GAP * 2 + lines.stream().flatMap(line -> line.textLines().stream()).mapToInt(metrics::stringWidth).max().orElse(0);
		}
		finally {
			measuring.dispose();
		}
	}

	void draw(Graphics2D g2, ValueAxis values, Rectangle2D dataArea) {
		FontMetrics metrics = g2.getFontMetrics(font);
		g2.setFont(font);
		g2.setPaint(Color.BLACK);
		g2.setStroke(new BasicStroke(1f));
		double right = dataArea.getMaxX();
		double lowestBaseline = Double.NEGATIVE_INFINITY;
		for (Line line : lines) {
			double y = values.valueToJava2D(line.value(), dataArea, RectangleEdge.LEFT);
			// The first line of the name is level with its line, unless the name above would overlap it.
			double baseline = Math.max(y + metrics.getAscent() / 2.0 - 1, lowestBaseline + metrics.getHeight());
			double middle = baseline - metrics.getAscent() / 2.0 + 1;
			g2.draw(new Line2D.Double(right, y, right + GAP - 1, middle));
			for (String text : line.textLines()) {
				g2.drawString(text, (float) (right + GAP), (float) baseline);
				lowestBaseline = baseline;
				baseline += metrics.getHeight();
			}
		}
	}
}
