package uk.gov.middlesbrough.tracker.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;

/**
 * The indicator series of a reading's localities, read once per reading for every contribution of this module
 * (the dashboard or comparison section and the escalations derive from the same read). A one-locality reading (a
 * dashboard) gets each indicator's recent trend; a wider one (a comparison, the escalations across the county) only
 * the latest two figures, which is what judging and a side-by-side table need: so a page's cost follows the
 * localities it shows, and no page renders every figure ever recorded. A pack reads the trend of each of its
 * localities ({@link #trend}).
 */
@Component
class IndicatorReads {

	private static final Object SERIES = new Object();

	private static final Object TREND = new Object();

	/** The figures of a recent trend: a year of a monthly indicator, three of a quarterly one. */
	static final int TREND_FIGURES = 12;

	/** The figures judging needs: the latest and the one before. */
	static final int LATEST_FIGURES = 2;

	private final IndicatorQueries queries;

	IndicatorReads(IndicatorQueries queries) {
		this.queries = queries;
	}

	/** Each locality's series (indicators by name), by locality id; a locality without figures is absent. */
	Map<Long, List<IndicatorSeries>> series(LocalityReading reading) {
		return reading.once(SERIES, read -> byLocality(queries.recentSeries(read.ids(), read.asOf(),
				read.ids().size() == 1 ? TREND_FIGURES : LATEST_FIGURES)));
	}

	/** Each locality's series with its recent trend, however many localities (for the pack's charts). */
	Map<Long, List<IndicatorSeries>> trend(LocalityReading reading) {
		if (reading.ids().size() == 1) {
			return series(reading);
		}
		return reading.once(TREND, read -> byLocality(queries.recentSeries(read.ids(), read.asOf(), TREND_FIGURES)));
	}

	/**
	 * The trends a page charts: a one-locality reading's series are its trends already; a wider reading's are read
	 * when the page first asks, for the indicators of the rows it shows (all of them if it names none).
	 */
	PageTrends pageTrends(LocalityReading reading) {
		if (reading.ids().size() == 1) {
			return PageTrends.of(series(reading));
		}
		return PageTrends.reading(indicatorIds -> indicatorIds == null ? trend(reading)
				: byLocality(queries.recentSeries(reading.ids(), indicatorIds, reading.asOf(), TREND_FIGURES)));
	}

	private static Map<Long, List<IndicatorSeries>> byLocality(List<IndicatorSeries> all) {
		return all.stream()
				.collect(Collectors.groupingBy(each -> each.series().localityId(), LinkedHashMap::new, Collectors.toList()));
	}
}
