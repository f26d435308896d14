package uk.gov.middlesbrough.tracker.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;

/**
 * The indicator series of a reading's localities, read once per reading for every contribution of this module
 * (the dashboard or comparison section, the pack's part and the escalations derive from the same read). A reading
 * of a few localities (a dashboard, a small comparison, a pack) gets each indicator's recent trend; a reading of
 * many (escalations across the county, a wide comparison) only the latest two figures, which is what judging needs:
 * so a page's cost follows the localities it shows, and no page renders every figure ever recorded.
 */
@Component
class IndicatorReads {

	private static final Object SERIES = new Object();

	/** How many localities a reading may have for each indicator's recent trend to be read. */
	static final int TREND_LOCALITIES = 6;

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
		return reading.once(SERIES, read -> queries.recentSeries(read.ids(), read.asOf(),
				read.ids().size() <= TREND_LOCALITIES ? TREND_FIGURES : LATEST_FIGURES).stream()
				.collect(Collectors.groupingBy(each -> each.series().localityId(), LinkedHashMap::new, Collectors.toList())));
	}
}
