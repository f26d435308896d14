package uk.gov.middlesbrough.tracker.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every call to the API, answered or refused, once its status is known: the client (when its token was
 * recognised), method, path, query, status and time. The first filter of the API's chain, so refusals count too.
 */
class ApiCallRecorder extends OncePerRequestFilter {

	private final ApiCalls calls;

	ApiCallRecorder(ApiCalls calls) {
		this.calls = calls;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
		try {
			chain.doFilter(request, response);
			status = response.getStatus();
		}
		finally {
			calls.record((Long) request.getAttribute(ApiTokenFilter.CLIENT_ID), request.getMethod(),
					request.getRequestURI(), request.getQueryString(), status);
		}
	}
}
