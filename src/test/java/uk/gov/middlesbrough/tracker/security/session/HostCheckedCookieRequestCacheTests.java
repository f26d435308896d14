package uk.gov.middlesbrough.tracker.security.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class HostCheckedCookieRequestCacheTests {

	private final HostCheckedCookieRequestCache cache = new HostCheckedCookieRequestCache();

	@Test
	void remembersAPageButNotAChartImageAPageWasStillLoadingWhenItsSessionEnded() {
		assertThat(saved("GET", "/localities/3/dashboard", "text/html,application/xhtml+xml,*/*;q=0.8")).isTrue();
		assertThat(saved("GET", "/charts/survey/7.svg", "image/avif,image/webp,image/svg+xml,*/*;q=0.8")).isFalse();
		assertThat(saved("GET", "/js/app.mjs", "*/*")).isFalse();
		assertThat(saved("POST", "/localities", "text/html")).isFalse();
	}

	private boolean saved(String method, String path, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept", accept);
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.saveRequest(request, response);
		return response.getCookie("REDIRECT_URI") != null;
	}
}
