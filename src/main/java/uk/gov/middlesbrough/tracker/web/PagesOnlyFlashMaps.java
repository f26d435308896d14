package uk.gov.middlesbrough.tracker.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash attributes (the banners after a redirect) for pages as usual, but static files and the health endpoints
 * never look for them: otherwise each stylesheet, script, image and health check would read the session from the
 * session store, and so from the database; during a database outage the "service unavailable" page would arrive
 * unstyled and the health check would answer with that page instead of its status.
 */
class PagesOnlyFlashMaps extends SessionFlashMapManager {

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		if (NotPages.matches(request)) {
			return null;
		}
		return super.retrieveFlashMaps(request);
	}
}
