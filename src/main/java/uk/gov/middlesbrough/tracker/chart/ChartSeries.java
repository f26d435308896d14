package uk.gov.middlesbrough.tracker.chart;

import java.time.LocalDate;
import java.util.List;

/** One line of a trend chart: its name and its points in date order. */
public record ChartSeries(String name, List<Point> points) {

	public record Point(LocalDate date, double value) {
	}
}
