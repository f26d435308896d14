package uk.gov.middlesbrough.tracker.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a trend chart as an SVG document: one line per series (each with its own dash pattern and marker, so they can
 * be told apart without colour), the horizontal axis labelled with the data's own periods ({@link #overTime}) or
 * survey waves ({@link #byWave}), and labelled reference lines (targets, thresholds) named in the right margin, clear
 * of the data. A series with a single figure is drawn as a point with its value written beside it.
 */
public final class TrendChart {

	/** The size pages show a chart at, in CSS pixels: axis labels stay readable. */
	public static final int WIDTH = 600;
	public static final int HEIGHT = 300;

	/** GOV.UK colours with enough contrast on white. */
	private static final Color[] COLOURS = { new Color(0x1d70b8), new Color(0xd4351c), new Color(0x00703c),
			new Color(0x4c2c92), new Color(0x505a5f), new Color(0xb58840) };
	private static final float[][] DASHES = { null, { 8f, 4f }, { 2f, 3f }, { 10f, 3f, 2f, 3f }, { 4f, 4f }, { 12f, 6f } };
	private static final Font FONT = new Font("SansSerif", Font.PLAIN, 13);

	private final List<ChartSeries> series;
	private final String valueAxisLabel;
	private final Function<LocalDate, String> periodName;
	private final boolean evenlySpaced;
	private final List<ReferenceLines.Line> references;
	private final LocalDate markedDate;
	private final String markedLabel;

	private TrendChart(List<ChartSeries> series, String valueAxisLabel, Function<LocalDate, String> periodName,
			boolean evenlySpaced, List<ReferenceLines.Line> references) {
		this(series, valueAxisLabel, periodName, evenlySpaced, references, null, null);
	}

	private TrendChart(List<ChartSeries> series, String valueAxisLabel, Function<LocalDate, String> periodName,
			boolean evenlySpaced, List<ReferenceLines.Line> references, LocalDate markedDate, String markedLabel) {
		this.series = List.copyOf(series);
		this.valueAxisLabel = valueAxisLabel;
		this.periodName = periodName;
		this.evenlySpaced = evenlySpaced;
		this.references = List.copyOf(references);
		this.markedDate = markedDate;
		this.markedLabel = markedLabel;
	}

	/**
	 * Figures placed as far apart as their dates are, a tick at each date that has a figure, named by
	 * {@code periodName} (e.g. "2021" for annual figures, "Jan 2022" for monthly ones).
	 */
	public static TrendChart overTime(List<ChartSeries> series, String valueAxisLabel, Function<LocalDate, String> periodName) {
		return new TrendChart(series, valueAxisLabel, periodName, false, List.of());
	}

	/** Survey waves one step apart whatever their dates (a category axis), each named by {@code waveName}. */
	public static TrendChart byWave(List<ChartSeries> series, String valueAxisLabel, Function<LocalDate, String> waveName) {
		return new TrendChart(series, valueAxisLabel, waveName, true, List.of());
	}

	/** The same chart with a dashed line at {@code value} named {@code label}; unchanged when value is null. */
	public TrendChart withLine(Double value, String label) {
		if (value == null) {
			return this;
		}
		List<ReferenceLines.Line> lines = new ArrayList<>(references);
		lines.add(new ReferenceLines.Line(value, label));
		return new TrendChart(series, valueAxisLabel, periodName, evenlySpaced, lines, markedDate, markedLabel);
	}

	/** The same chart with a dashed upright line on {@code date} (a start date), named {@code label} at its top. */
	public TrendChart withDateMarked(LocalDate date, String label) {
		return new TrendChart(series, valueAxisLabel, periodName, evenlySpaced, references, date, label);
	}

	public String svg() {
		return svg(WIDTH, HEIGHT);
	}

	public String svg(int width, int height) {
		List<LocalDate> dates = new ArrayList<>(series.stream().flatMap(line -> line.figures().stream())
			.map(ChartSeries.Point::date).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
		ToDoubleFunction<LocalDate> position = evenlySpaced ? date -> indexOf(dates, date) : date -> date.toEpochDay();
		XYSeriesCollection dataset = new XYSeriesCollection();
		for (int i = 0; i < series.size(); i++) {
			XYSeries line = new XYSeries(i + " " + series.get(i).name(), true, false);
			for (ChartSeries.Point point : series.get(i).points()) {
				line.addOrUpdate((Number) position.applyAsDouble(point.date()), point.value());
			}
			dataset.addSeries(line);
		}
		List<PeriodAxis.Tick> ticks = dates.stream()
			.map(date -> new PeriodAxis.Tick(position.applyAsDouble(date), periodName.apply(date))).toList();
		PeriodAxis periods = new PeriodAxis(ticks);
		periods.setRange(horizontalRange(ticks));
		NumberAxis values = new NumberAxis(valueAxisLabel);
		values.setRange(verticalRange());
		XYPlot plot = new XYPlot(dataset, periods, values, renderer());
		JFreeChart chart = new JFreeChart(null, FONT, plot, series.size() > 1);
		style(chart, plot);
		if (markedDate != null) {
			plot.addDomainMarker(dateMarker(position.applyAsDouble(markedDate)));
		}
		ReferenceLines labels = new ReferenceLines(references, FONT);
		chart.setPadding(new RectangleInsets(10, 4, 4, 8 + labels.marginWidth()));
		SVGGraphics2D graphics = new SVGGraphics2D(width, height);
		ChartRenderingInfo info = new ChartRenderingInfo();
		chart.draw(graphics, new Rectangle(0, 0, width, height), info);
		labels.draw(graphics, values, info.getPlotInfo().getDataArea());
		return graphics.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
	}

	private static double indexOf(List<LocalDate> dates, LocalDate date) {
		int index = java.util.Collections.binarySearch(dates, date);
		// A break in a line falls between two waves.
		return index >= 0 ? index : -index - 1.5;
	}

	/** Room beside the first and last periods for their names; a single period in the middle. */
	private Range horizontalRange(List<PeriodAxis.Tick> ticks) {
		if (ticks.isEmpty()) {
			return new Range(0, 1);
		}
		double first = ticks.get(0).position();
		double last = ticks.get(ticks.size() - 1).position();
		double margin = evenlySpaced ? 0.5 : Math.max((last - first) * 0.08, 30);
		return new Range(first - margin, last + margin);
	}

	/** From zero (or the lowest figure, if below zero) to the highest figure or line, with room above for labels. */
	private Range verticalRange() {
		double low = 0;
		double high = 0;
		for (ChartSeries line : series) {
			for (ChartSeries.Point point : line.figures()) {
				low = Math.min(low, point.value());
				high = Math.max(high, point.value());
			}
		}
		for (ReferenceLines.Line line : references) {
			low = Math.min(low, line.value());
			high = Math.max(high, line.value());
		}
		if (high == low) {
			high = low + 1;
		}
		return new Range(low, high + (high - low) * 0.12);
	}

	private XYLineAndShapeRenderer renderer() {
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		// The dataset's keys are numbered (two posts may share a name); the legend shows the names.
		renderer.setLegendItemLabelGenerator((dataset, index) -> series.get(index).name());
		for (int i = 0; i < series.size(); i++) {
			float[] dash = DASHES[i % DASHES.length];
			renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
			renderer.setSeriesStroke(i, dash == null ? new BasicStroke(2.5f)
					: new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
			renderer.setSeriesShape(i, shape(i));
			List<ChartSeries.Point> figures = series.get(i).figures();
			if (figures.size() == 1) {
				ChartSeries.Point only = figures.get(0);
				String text = only.text() != null ? only.text()
						: java.text.NumberFormat.getInstance(java.util.Locale.UK).format(only.value());
				renderer.setSeriesItemLabelGenerator(i, (dataset, row, column) -> text);
				renderer.setSeriesItemLabelsVisible(i, true);
				renderer.setSeriesItemLabelFont(i, FONT);
				renderer.setSeriesItemLabelPaint(i, Color.BLACK);
				// Left of the point, or right of it for every other series: single figures of two posts on the same date
				// (29 and 28 children) would otherwise write their values over each other.
				ItemLabelPosition beside = i % 2 == 0 ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
						: new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
				renderer.setSeriesPositiveItemLabelPosition(i, beside);
				renderer.setSeriesNegativeItemLabelPosition(i, beside);
			}
		}
		return renderer;
	}

	private void style(JFreeChart chart, XYPlot plot) {
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		if (chart.getLegend() != null) {
			chart.getLegend().setItemFont(FONT);
			chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
		}
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xb1b4b6));
		plot.setDomainGridlinesVisible(false);
		plot.setOutlineVisible(false);
		for (NumberAxis axis : List.of((NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis())) {
			axis.setTickLabelFont(FONT);
			axis.setLabelFont(FONT);
			axis.setTickLabelPaint(Color.BLACK);
		}
		for (ReferenceLines.Line line : references) {
			plot.addRangeMarker(new ValueMarker(line.value(), Color.BLACK,
					new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 6f }, 0f)));
		}
	}

	private ValueMarker dateMarker(double position) {
		ValueMarker marker = new ValueMarker(position, Color.BLACK,
				new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
		marker.setLabel(markedLabel);
		marker.setLabelFont(FONT);
		marker.setLabelPaint(Color.BLACK);
		marker.setLabelBackgroundColor(Color.WHITE);
		marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		return marker;
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
