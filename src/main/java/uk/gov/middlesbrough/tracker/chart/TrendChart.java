package uk.gov.middlesbrough.tracker.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a trend chart as an SVG document: one line per series (each with its own dash pattern and marker,
 * so they can be told apart without colour) and an optional labelled target line.
 */
public final class TrendChart {

	/** GOV.UK colours with enough contrast on white. */
	private static final Color[] COLOURS = { new Color(0x1d70b8), new Color(0xd4351c), new Color(0x00703c),
			new Color(0x4c2c92), new Color(0x505a5f), new Color(0xb58840) };
	private static final float[][] DASHES = { null, { 8f, 4f }, { 2f, 3f }, { 10f, 3f, 2f, 3f }, { 4f, 4f }, { 12f, 6f } };
	private static final Font FONT = new Font("SansSerif", Font.PLAIN, 12);

	private TrendChart() {
	}

	/**
	 * @param valueAxisLabel e.g. "Incidents per month"
	 * @param target a target value to draw as a line, or null
	 */
	public static String svg(List<ChartSeries> series, String valueAxisLabel, Double target, String targetLabel,
			int width, int height) {
		TimeSeriesCollection dataset = new TimeSeriesCollection();
		for (ChartSeries line : series) {
			TimeSeries timeSeries = new TimeSeries(line.name());
			for (ChartSeries.Point point : line.points()) {
				timeSeries.addOrUpdate(new Day(Date.from(point.date().atStartOfDay(ZoneId.of("UTC")).toInstant())), point.value());
			}
			dataset.addSeries(timeSeries);
		}
		JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, valueAxisLabel, dataset, series.size() > 1, false, false);
		style(chart, series.size(), target, targetLabel);
		SVGGraphics2D graphics = new SVGGraphics2D(width, height);
		chart.draw(graphics, new Rectangle(0, 0, width, height));
		return graphics.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
	}

	private static void style(JFreeChart chart, int seriesCount, Double target, String targetLabel) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		if (chart.getLegend() != null) {
			chart.getLegend().setItemFont(FONT);
			chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
		}
		XYPlot plot = chart.getXYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xb1b4b6));
		plot.setDomainGridlinesVisible(false);
		plot.setOutlineVisible(false);
		DateAxis dates = (DateAxis) plot.getDomainAxis();
		dates.setTickLabelFont(FONT);
		dates.setTickLabelPaint(Color.BLACK);
		NumberAxis values = (NumberAxis) plot.getRangeAxis();
		values.setTickLabelFont(FONT);
		values.setLabelFont(FONT);
		values.setTickLabelPaint(Color.BLACK);
		values.setAutoRangeIncludesZero(true);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		for (int i = 0; i < seriesCount; i++) {
			float[] dash = DASHES[i % DASHES.length];
			renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
			renderer.setSeriesStroke(i, dash == null ? new BasicStroke(2.5f)
					: new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
			renderer.setSeriesShape(i, shape(i));
		}
		plot.setRenderer(renderer);
		if (target != null) {
			ValueMarker marker = new ValueMarker(target, Color.BLACK,
					new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 6f }, 0f));
			marker.setLabel(targetLabel);
			marker.setLabelFont(FONT);
			marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
			marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
			plot.addRangeMarker(marker);
			if (values.getUpperBound() < target) {
				values.setUpperBound(target * 1.1);
			}
		}
	}

	private static Shape shape(int index) {
		switch (index % 3) {
			case 0:
				return new Ellipse2D.Double(-4, -4, 8, 8);
			case 1:
				return new Rectangle2D.Double(-4, -4, 8, 8);
			default:
				return new java.awt.Polygon(new int[] { 0, 5, -5 }, new int[] { -5, 4, 4 }, 3);
		}
	}
}
