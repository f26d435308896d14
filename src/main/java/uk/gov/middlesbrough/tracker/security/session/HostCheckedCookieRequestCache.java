package uk.gov.middlesbrough.tracker.security.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Remembers the page an anonymous visitor asked for (to go back to it after sign-in) in a cookie rather than a stored
 * session. A remembered address on any other host than this service's own (the base URL's, see
 * {@code security.https.BaseUrlValve}) is ignored, so a planted cookie cannot send someone elsewhere after sign-in.
 */
final class HostCheckedCookieRequestCache extends CookieRequestCache {

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
