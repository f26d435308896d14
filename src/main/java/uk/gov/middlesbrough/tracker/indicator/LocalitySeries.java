package uk.gov.middlesbrough.tracker.indicator;

import java.util.List;

/**
 * An indicator's figures in one locality in period order, with the latest judged against the one before
 * (direction of travel, with the arrow of the value's own movement) and against the target.
 */
public record LocalitySeries(long localityId, String localityName, List<FigurePoint> points, DirectionOfTravel direction,
		String arrow, TargetCheck targetCheck) {

	public FigurePoint first() {
		return points.get(0);
	}

	public FigurePoint latest() {
		return points.get(points.size() - 1);
	}

	public FigurePoint previous() {
		return points.size() < 2 ? null : points.get(points.size() - 2);
	}

	static LocalitySeries of(IndicatorView indicator, long localityId, String localityName, List<FigurePoint> points) {
		FigurePoint latest = points.get(points.size() - 1);
		FigurePoint previous = points.size() < 2 ? null : points.get(points.size() - 2);
		java.math.BigDecimal previousValue = previous == null ? null : previous.value();
		return new LocalitySeries(localityId, localityName, List.copyOf(points),
				DirectionOfTravel.of(previousValue, latest.value(), indicator.polarity(), indicator.tolerance()),
				DirectionOfTravel.arrow(previousValue, latest.value(), indicator.tolerance()),
				TargetCheck.of(latest.value(), indicator.target(), indicator.polarity(), indicator.tolerance()));
	}
}
