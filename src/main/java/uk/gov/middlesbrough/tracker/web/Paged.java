package uk.gov.middlesbrough.tracker.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a longer list, with links to the pages before and after: the same address with another value of
 * the page's parameter, every other parameter (filters) kept. Pages count from 1; a page past the end shows the
 * last.
 */
public record Paged<T>(List<T> items, int page, int pageSize, int total, String previousHref, String nextHref) {

	/** The page of {@code all} that the current request's {@code parameter} asks for (the first when absent or not a number). */
	public static <T> Paged<T> of(List<T> all, String parameter, int pageSize) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
		Integer requested;
		try {
			requested = Integer.valueOf(request.getParameter(parameter));
		}
		catch (NumberFormatException notANumber) {
			requested = null;
		}
		int pages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
		int page = requested == null ? 1 : Math.min(Math.max(1, requested), pages);
		List<T> items = all.subList((page - 1) * pageSize, Math.min(all.size(), page * pageSize));
		return new Paged<>(items, page, pageSize, all.size(), page > 1 ? href(request, parameter, page - 1) : null,
				page < pages ? href(request, parameter, page + 1) : null);
	}

	private static String href(HttpServletRequest request, String parameter, int page) {
		return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
				.replaceQueryParam(parameter, page).build().toUriString();
	}

	/** Whether the list is longer than one page. */
	public boolean paged() {
		return total > pageSize;
	}

	/** The position of the page's first item in the whole list, from 1 (0 when the list is empty). */
	public int from() {
		return total == 0 ? 0 : (page - 1) * pageSize + 1;
	}

	/** The position of the page's last item in the whole list. */
	public int to() {
		return (page - 1) * pageSize + items.size();
	}

	public int pages() {
		return Math.max(1, (total + pageSize - 1) / pageSize);
	}
}
