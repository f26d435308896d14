package uk.gov.middlesbrough.tracker.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Turns "the database cannot be reached" into the GOV.UK "service unavailable" page (503 with Retry-After) rather
 * than the container's bare 500. It sits outside every other filter because the session store (Spring Session JDBC)
 * and security filters themselves need the database, before any controller runs, and would fail again on the way
 * to the usual error page. The page is rendered here, with no signed-in user, so it needs nothing stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ServiceUnavailablePage extends OncePerRequestFilter {

	static final String VIEW = "error/503";
	static final String RETRY_AFTER_SECONDS = "30";

	private static final Logger LOG = LoggerFactory.getLogger(ServiceUnavailablePage.class);

	private final ObjectProvider<ThymeleafViewResolver> views;

	ServiceUnavailablePage(ObjectProvider<ThymeleafViewResolver> views) {
		this.views = views;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean watching = RequestOutage.begin();
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!(DatabaseOutage.isCause(ex) || RequestOutage.seenInThisRequest()) || response.isCommitted()) {
				throw ex;
			}
			LOG.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.toString());
			render(request, response);
		}
		finally {
			if (watching) {
				RequestOutage.end();
			}
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	private void render(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		// Only the body goes: the security headers (written by Spring Security even when a request fails) stay.
		response.resetBuffer();
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, null);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try {
			View view = views.getObject().resolveViewName(VIEW, Locale.UK);
			view.render(Map.of(), request, response);
		}
		catch (Exception ex) {
			throw new ServletException("Could not render the service unavailable page", ex);
		}
	}
}
