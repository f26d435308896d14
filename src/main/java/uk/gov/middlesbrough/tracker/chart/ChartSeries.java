package uk.gov.middlesbrough.tracker.chart;

import java.time.LocalDate;
import java.util.List;

/** One line of a trend chart: its name and its points in date order. */
public record ChartSeries(String name, List<Point> points) {

	/**
	 * A point with its value as people read it ({@code text}, e.g. "3,345" or "40.1%"; null to let the chart write the
	 * number); a null value breaks the line there (no figure for a stretch of time), and is not drawn.
	 */
	public record Point(LocalDate date, Double value, String text) {

		public Point(LocalDate date, double value) {
			this(date, Double.valueOf(value), null);
		}

		public Point(LocalDate date, double value, String text) {
			this(date, Double.valueOf(value), text);
		}

		/** A break in the line between two figures too far apart to join, on the day halfway between them. */
		public static Point breakBetween(LocalDate earlier, LocalDate later) {
			return new Point(earlier.plusDays(java.time.temporal.ChronoUnit.DAYS.between(earlier, later) / 2), (Double) null,
					null);
		}
	}

	/** The points that carry a figure. */
	List<Point> figures() {
		return points.stream().filter(point -> point.value() != null).toList();
	}
}
