package uk.gov.middlesbrough.tracker.security.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps the CSRF token in the session once there is one (signed in), and before that in an HttpOnly, SameSite=Strict
 * cookie, so the sign-in form (and any page anyone may open) needs no stored session: an anonymous visitor costs no row
 * in {@code spring_session}. The sign-in rotates the token ({@code CsrfAuthenticationStrategy} clears the cookie's),
 * and from then on forms carry the session's token, as before.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

	static final String COOKIE_NAME = "XSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	SessionOrCookieCsrfTokenRepository() {
		cookie.setCookieName(COOKIE_NAME);
		cookie.setCookieCustomizer(builder -> builder.httpOnly(true).sameSite("Strict"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return store(request).generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		CsrfTokenRepository store = store(request);
		store.saveToken(token, request, response);
		if (token == null && store != cookie && cookie.loadToken(request) != null) {
			cookie.saveToken(null, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return store(request).loadToken(request);
	}

	private CsrfTokenRepository store(HttpServletRequest request) {
		return request.getSession(false) != null ? session : cookie;
	}
}
