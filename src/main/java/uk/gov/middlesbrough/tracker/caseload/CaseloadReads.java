package uk.gov.middlesbrough.tracker.caseload;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.locality.LocalityReading;

/**
 * The caseloads of a reading's localities, read once per reading for every contribution of this module: each
 * post's latest figures (the sections and the escalations show no earlier ones).
 */
@Component
class CaseloadReads {

	private static final Object PAGES = new Object();

	private final CaseloadQueries queries;

	CaseloadReads(CaseloadQueries queries) {
		this.queries = queries;
	}

	Map<Long, CaseloadPage> pages(LocalityReading reading) {
		return reading.once(PAGES, read -> {
			Map<Long, CaseloadPage> byId = new LinkedHashMap<>();
			queries.latestPages(read.ids(), read.asOf()).forEach(page -> byId.put(page.localityId(), page));
			return byId;
		});
	}
}
