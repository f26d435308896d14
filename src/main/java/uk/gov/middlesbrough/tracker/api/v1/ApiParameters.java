package uk.gov.middlesbrough.tracker.api.v1;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.middlesbrough.tracker.api.ApiSettings;
import uk.gov.middlesbrough.tracker.web.AsOf;

/** The parameters every list shares: the moment ({@code asOf}, today when absent) and the page asked for. */
@Component
class ApiParameters {

	private final Clock clock;
	private final ApiSettings settings;

	ApiParameters(Clock clock, ApiSettings settings) {
		this.clock = clock;
		this.settings = settings;
	}

	/** The end of {@code day}, or now when it is null; a date out of the service's range is a bad request. */
	AsOf asOf(LocalDate day) {
		return AsOf.of(day, clock);
	}

	/** One page of {@code all}, pages counted from 0; a page size of 0, below or over the largest is a bad request. */
	<T> PageJson<T> page(List<T> all, int page, Integer size) {
		int pageSize = size == null ? settings.maxPageSize() : size;
		if (pageSize < 1 || pageSize > settings.maxPageSize()) {
			throw new BadParameter("api.error.pageSize", settings.maxPageSize());
		}
		if (page < 0) {
			throw new BadParameter("api.error.page");
		}
		long from = Math.min((long) page * pageSize, all.size());
		int to = (int) Math.min(from + pageSize, all.size());
		int totalPages = (all.size() + pageSize - 1) / pageSize;
		return new PageJson<>(all.subList((int) from, to), page, pageSize, all.size(), totalPages);
	}
}
