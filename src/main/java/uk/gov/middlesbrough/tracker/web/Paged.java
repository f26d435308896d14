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

	/** The page of {@code all} that the current request's {@code parameter} asks for, on a page only ever shown by GET. */
	public static <T> Paged<T> of(List<T> all, String parameter, int pageSize) {
		return of(all, parameter, pageSize, request().getRequestURI());
	}

	/**
	 * The page of {@code all} that the current request's {@code parameter} asks for (the first when absent or not a
	 * number), linking to other pages of {@code path}: the page's own address, for a page also shown again after a
	 * refused POST, whose links must not point to the POST's address. A GET's other parameters (filters) are kept.
	 */
	public static <T> Paged<T> of(List<T> all, String parameter, int pageSize, String path) {
		HttpServletRequest request = request();
		Integer requested;
		try {
			requested = Integer.valueOf(request.getParameter(parameter));
		}
		catch (NumberFormatException notANumber) {
			requested = null;
		}
		String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
		int pages = Math.max(1, (all.size() + pageSize - 1) / pageSize);
		int page = requested == null ? 1 : Math.min(Math.max(1, requested), pages);
		List<T> items = all.subList((page - 1) * pageSize, Math.min(all.size(), page * pageSize));
		return new Paged<>(items, page, pageSize, all.size(), page > 1 ? href(path, query, parameter, page - 1) : null,
				page < pages ? href(path, query, parameter, page + 1) : null);
	}

	private static HttpServletRequest request() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

	private static String href(String path, String query, String parameter, int page) {
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam(parameter, page).build().toUriString();
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
