package uk.gov.middlesbrough.tracker.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;

/** The indicator series of a reading's localities, read once per reading for every contribution of this module. */
@Component
class IndicatorReads {

	private static final Object SERIES = new Object();

	private final IndicatorQueries queries;

	IndicatorReads(IndicatorQueries queries) {
		this.queries = queries;
	}

	/** Each locality's series (indicators by name), by locality id; a locality without figures is absent. */
	Map<Long, List<IndicatorSeries>> series(LocalityReading reading) {
		return reading.once(SERIES, read -> queries.series(read.ids(), read.asOf()).stream()
				.collect(Collectors.groupingBy(each -> each.series().localityId(), LinkedHashMap::new, Collectors.toList())));
	}
}
