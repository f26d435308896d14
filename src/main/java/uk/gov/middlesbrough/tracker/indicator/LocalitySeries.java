package uk.gov.middlesbrough.tracker.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.middlesbrough.tracker.chart.ChartSeries;

/**
 * An indicator's figures in one locality in period order, with the latest judged against the one before
 * (direction of travel, with the arrow of the value's own movement; not compared across a gap of more than two
 * periods) and against the target, and whether the next figure is due or overdue on the day it is read for.
 */
public record LocalitySeries(long localityId, String localityName, List<FigurePoint> points, DirectionOfTravel direction,
		String arrow, TargetCheck targetCheck, FigureDue.State due, SeriesNote note) {

	/**
	 * A note that holds for every figure of the series (such as which service's area the figures cover), shown wherever
	 * they are; {@code illustrative} when what it says is the demo data's invention.
	 */
	public record SeriesNote(String text, boolean illustrative) {
	}

	/** A series without a note. */
	public LocalitySeries(long localityId, String localityName, List<FigurePoint> points, DirectionOfTravel direction,
			String arrow, TargetCheck targetCheck, FigureDue.State due) {
		this(localityId, localityName, points, direction, arrow, targetCheck, due, null);
	}

	/** Whether the note marks the series as partly invented by the demo data. */
	public boolean illustrative() {
		return note != null && note.illustrative();
	}

	/** Whether the next figure is overdue: the latest is older than the indicator's frequency allows. */
	public boolean overdue() {
		return due == FigureDue.State.OVERDUE;
	}

	public FigurePoint first() {
		return points.get(0);
	}

	public FigurePoint latest() {
		return points.get(points.size() - 1);
	}

	public FigurePoint previous() {
		return points.size() < 2 ? null : points.get(points.size() - 2);
	}

	/**
	 * The line a trend chart draws for this series: its figures, broken wherever two are more than two periods apart
	 * (the gap is not bridged, as the direction of travel is not compared across it).
	 */
	public ChartSeries chartLine(Frequency frequency) {
		List<ChartSeries.Point> line = new ArrayList<>();
		FigurePoint before = null;
		for (FigurePoint point : points) {
			if (before != null && FigureDue.gapTooLong(frequency, before.period(), point.period())) {
				line.add(ChartSeries.Point.breakBetween(before.period(), point.period()));
			}
			line.add(new ChartSeries.Point(point.period(), point.value().doubleValue(), point.formatted()));
			before = point;
		}
		return new ChartSeries(localityName, line);
	}

	/** The series judged on {@code day} (the day of the view it is read for). */
	static LocalitySeries of(IndicatorView indicator, long localityId, String localityName, List<FigurePoint> points,
			LocalDate day) {
		return of(indicator, localityId, localityName, points, day, null);
	}

	/** The same with the series' note (null when it has none). */
	static LocalitySeries of(IndicatorView indicator, long localityId, String localityName, List<FigurePoint> points,
			LocalDate day, SeriesNote note) {
		FigurePoint latest = points.get(points.size() - 1);
		FigurePoint previous = points.size() < 2 ? null : points.get(points.size() - 2);
		boolean gap = previous != null && FigureDue.gapTooLong(indicator.frequency(), previous.period(), latest.period());
		java.math.BigDecimal previousValue = previous == null ? null : previous.value();
		return new LocalitySeries(localityId, localityName, List.copyOf(points),
				gap ? DirectionOfTravel.NOT_COMPARED
						: DirectionOfTravel.of(previousValue, latest.value(), indicator.polarity(), indicator.tolerance()),
				gap ? "" : DirectionOfTravel.arrow(previousValue, latest.value(), indicator.tolerance()),
				TargetCheck.of(latest.value(), indicator.target(), indicator.polarity(), indicator.tolerance()),
				FigureDue.on(indicator.frequency(), latest.period(), day), note);
	}
}
