package uk.gov.middlesbrough.tracker.api.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.gov.middlesbrough.tracker.disclosure.SmallNumbers;
import uk.gov.middlesbrough.tracker.indicator.FigurePoint;
import uk.gov.middlesbrough.tracker.indicator.IndicatorSeries;
import uk.gov.middlesbrough.tracker.indicator.IndicatorView;
import uk.gov.middlesbrough.tracker.indicator.LocalitySeries;

/**
 * An indicator in one locality as of a day: its latest figures (oldest first), the direction of travel and the latest
 * figure against the target. A count too small to publish is withheld: its value is null and {@code withheld} true.
 */
record IndicatorJson(long id, String code, String name, String unit, String polarity, BigDecimal target,
		String directionOfTravel, String targetStatus, List<FigureJson> figures) {

	static IndicatorJson of(IndicatorSeries series, SmallNumbers smallNumbers) {
		IndicatorView indicator = series.indicator();
		LocalitySeries figures = series.series();
		boolean latestWithheld = withheld(indicator, figures.latest(), smallNumbers);
		boolean previousWithheld = withheld(indicator, figures.previous(), smallNumbers);
		// What is worked out from a withheld count is withheld too.
		return new IndicatorJson(indicator.id(), indicator.code(), indicator.name(), indicator.unit().name(),
				indicator.polarity().name(), indicator.target(),
				latestWithheld || previousWithheld ? null : figures.direction().name(),
				latestWithheld ? null : figures.targetCheck().status().name(),
				figures.points().stream().map(point -> FigureJson.of(indicator, point, smallNumbers)).toList());
	}

	private static boolean withheld(IndicatorView indicator, FigurePoint point, SmallNumbers smallNumbers) {
		return point != null && indicator.withheld(point.value(), smallNumbers);
	}

	/**
	 * One figure: its period, its value (null when withheld), whether it is withheld as a small number and whether it
	 * is provisional (its period not signed off by the day asked for).
	 */
	record FigureJson(LocalDate period, String periodLabel, BigDecimal value, boolean withheld, boolean provisional) {

		static FigureJson of(IndicatorView indicator, FigurePoint point, SmallNumbers smallNumbers) {
			boolean withheld = indicator.withheld(point.value(), smallNumbers);
			return new FigureJson(point.period(), point.periodLabel(), withheld ? null : point.value(), withheld,
					point.provisional());
		}
	}
}
