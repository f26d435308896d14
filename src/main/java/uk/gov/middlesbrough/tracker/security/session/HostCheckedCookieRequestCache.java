package uk.gov.middlesbrough.tracker.security.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Remembers the page an anonymous visitor asked for (to go back to it after sign-in) in a cookie rather than a stored
 * session. A remembered address on any other host than this service's own (the base URL's, see
 * {@code security.https.BaseUrlValve}) is ignored, so a planted cookie cannot send someone elsewhere after sign-in.
 * Only a page is remembered (a GET asking for HTML): not a chart image, script or file a page was still loading when
 * its session ended, which would otherwise be where the next sign-in lands.
 */
final class HostCheckedCookieRequestCache extends CookieRequestCache {

	HostCheckedCookieRequestCache() {
		setRequestMatcher(HostCheckedCookieRequestCache::isPage);
	}

	/**
	 * A GET asking for HTML. No Accept header at all counts too: a request replayed from this cookie (Spring Security
	 * wraps it after sign-in) carries the remembered address only, and a browser always says what it accepts.
	 */
	static boolean isPage(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return "GET".equals(request.getMethod()) && (accept == null || accept.contains("text/html"));
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = super.getRequest(request, response);
		if (saved == null) {
			return null;
		}
		String host = java.net.URI.create(saved.getRedirectUrl()).getHost();
		return request.getServerName().equalsIgnoreCase(host) ? saved : null;
	}
}
