package uk.gov.middlesbrough.tracker.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * The horizontal axis of a trend chart: a tick at each period the data has, labelled as the data names its periods
 * (2019, Jan 2022, a survey wave's name), so annual figures are never labelled with months. Where labels would
 * overlap, the earlier ones are left unlabelled, so the latest period is always named.
 */
final class PeriodAxis extends NumberAxis {

	private static final double GAP = 8;

	private final List<Tick> ticks;

	PeriodAxis(List<Tick> ticks) {
		this.ticks = List.copyOf(ticks);
	}

	/** A period's place along the axis and its name. */
	record Tick(double position, String label) {
	}

	@Override
	protected List<NumberTick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
		FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
		List<NumberTick> result = new ArrayList<>();
		double leftmostLabel = Double.POSITIVE_INFINITY;
		for (int i = ticks.size() - 1; i >= 0; i--) {
			Tick tick = ticks.get(i);
			double x = valueToJava2D(tick.position(), dataArea, edge);
			double half = metrics.stringWidth(tick.label()) / 2.0;
			boolean fits = x + half + GAP <= leftmostLabel;
			if (fits) {
				leftmostLabel = x - half;
			}
			result.add(0, new NumberTick(tick.position(), fits ? tick.label() : "", TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0));
		}
		return result;
	}
}
