package uk.gov.middlesbrough.tracker.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The recent trends a page charts, by locality: read when first asked for, and then only for the indicators of the
 * page of rows being shown ({@link #showing}), since a comparison of twenty localities charts ten rows a page, not a
 * county's whole library. Not shared between requests.
 */
public final class PageTrends {

	private final Function<Collection<Long>, Map<Long, List<IndicatorSeries>>> read;
	private Set<Long> indicatorIds;
	private Map<Long, List<IndicatorSeries>> trends;

	private PageTrends(Function<Collection<Long>, Map<Long, List<IndicatorSeries>>> read) {
		this.read = read;
	}

	/** Trends read by {@code read} for the indicators given (null: every indicator), when first needed. */
	static PageTrends reading(Function<Collection<Long>, Map<Long, List<IndicatorSeries>>> read) {
		return new PageTrends(read);
	}

	/** Trends already read (a dashboard's series are its trends; so are a pack's). */
	static PageTrends of(Map<Long, List<IndicatorSeries>> trends) {
		PageTrends known = new PageTrends(ids -> trends);
		known.trends = trends;
		return known;
	}

	/** The indicators of the rows the page shows: trends not yet read are read for these only. */
	void showing(Collection<Long> indicators) {
		if (trends == null) {
			indicatorIds = Set.copyOf(indicators);
		}
	}

	Map<Long, List<IndicatorSeries>> get() {
		if (trends == null) {
			trends = read.apply(indicatorIds);
		}
		return trends;
	}
}
