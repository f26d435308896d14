package uk.gov.middlesbrough.tracker.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits a request to the API only with {@code Authorization: Bearer <token>} of a client that is not revoked, and
 * within the client's rate limit. Anything else is refused here, before any controller: no token, or a session
 * cookie instead of one, or an unknown or revoked token → 401; over the limit → 429 with Retry-After. The OpenAPI
 * document is open to everyone.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	static final String CLIENT_ID = ApiTokenFilter.class.getName() + ".clientId";
	static final String AUTHORITY = "API_CLIENT";
	/** Marks a request this filter let through, for the chain's authorization rule. */
	static final String ADMITTED = ApiTokenFilter.class.getName() + ".admitted";
	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;
	private final ApiRateLimit rateLimit;
	private final ApiErrors errors;

	ApiTokenFilter(ApiTokens tokens, ApiRateLimit rateLimit, ApiErrors errors) {
		this.tokens = tokens;
		this.rateLimit = rateLimit;
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ApiSecurityConfiguration.OPENAPI_DOCUMENT.equals(path) && "GET".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			refuse(response, "api.error.noToken");
			return;
		}
		Optional<ApiPrincipal> client = tokens.authenticate(header.substring(BEARER.length()).strip());
		if (client.isEmpty()) {
			refuse(response, "api.error.badToken");
			return;
		}
		long clientId = client.get().clientId();
		request.setAttribute(CLIENT_ID, clientId);
		long wait = rateLimit.secondsToWait(clientId);
		if (wait > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			errors.write(response, HttpStatus.TOO_MANY_REQUESTS, "api.error.tooMany", wait);
			return;
		}
		request.setAttribute(ADMITTED, Boolean.TRUE);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client.get(), null,
				List.of(new SimpleGrantedAuthority(AUTHORITY))));
		SecurityContextHolder.setContext(context);
		// Answers differ by client only in what each may read (nothing yet), but never share them through a proxy.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response, String messageKey) throws IOException {
		SecurityContextHolder.clearContext();
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		errors.write(response, HttpStatus.UNAUTHORIZED, messageKey);
	}
}
