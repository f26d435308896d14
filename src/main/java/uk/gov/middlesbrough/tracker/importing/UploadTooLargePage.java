package uk.gov.middlesbrough.tracker.importing;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload beyond the servlet's own limit is refused by the server (413) before any filter or controller of the
 * app can read it, so it reaches the error pages: when it was sent to an import page, send the user back to that
 * page, which says how large a file may be, instead of the general "too large" page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargePage implements ErrorViewResolver {

	private final List<String> importPaths;

	UploadTooLargePage(List<ImportKind<?>> kinds) {
		this.importPaths = kinds.stream().map(kind -> kind.spec().path()).toList();
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (status.value() != HttpStatus.CONTENT_TOO_LARGE.value() || !importPaths.contains(uri)) {
			return null;
		}
		return new ModelAndView("redirect:" + uri + "?" + ImportPages.TOO_LARGE);
	}
}
