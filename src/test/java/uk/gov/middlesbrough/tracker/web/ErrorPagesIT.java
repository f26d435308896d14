package uk.gov.middlesbrough.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import uk.gov.middlesbrough.tracker.support.DemoAuthenticator;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * Errors reach the GOV.UK error pages through the servlet container's error dispatch (which MockMvc does not do), so
 * these requests go over HTTP to the running app: never Spring's or Tomcat's own pages.
 */
class ErrorPagesIT extends IntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	List<ErrorViewResolver> resolvers;

	private HttpClient client;

	@BeforeEach
	void browser() {
		client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@Test
	void aRequestTheServiceCannotReadGetsTheGovukProblemPage() throws Exception {
		signIn("head");
		HttpResponse<String> response = get("/localities/not-a-number/dashboard");
				assertThat(response.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo("Sorry, there is a problem with your request");
		assertThat(page.title()).contains("Sorry, there is a problem with your request");
		assertThat(page.select("header.govuk-header, .govuk-header")).isNotEmpty();
		assertThat(response.body()).doesNotContain("Whitelabel").doesNotContain("Apache Tomcat").doesNotContain("Exception");

		// Refused by the firewall before any controller, and for someone not signed in.
		HttpResponse<String> rejected = HttpClient.newHttpClient().send(page("/localities/1;x=1/dashboard").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(rejected.statusCode()).isEqualTo(400);
		assertThat(Jsoup.parse(rejected.body()).select("h1").text()).isEqualTo("Sorry, there is a problem with your request");
	}

	@Test
	void aServerErrorResolvesToTheGovukServicePageAndAnyOtherStatusToTheSame() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/anything");
		assertThat(view(request, HttpStatus.INTERNAL_SERVER_ERROR)).isEqualTo("error/5xx");
		assertThat(view(request, HttpStatus.SERVICE_UNAVAILABLE)).isEqualTo("error/503");
		assertThat(view(request, HttpStatus.BAD_REQUEST)).isEqualTo("error/4xx");
		assertThat(view(request, HttpStatus.CONTENT_TOO_LARGE)).isEqualTo("error/413");
		assertThat(view(request, HttpStatus.NOT_FOUND)).isEqualTo("error/404");
	}

	@Test
	void anUploadOverTheServersLimitComesBackToTheImportPageWithItsMessage() throws Exception {
		signIn("head");
		String csrf = csrfOf(get("/indicators/import").body());
		byte[] file = new byte[12 * 1024 * 1024];
		java.util.Arrays.fill(file, (byte) 'a');
		String boundary = "----boundary" + System.nanoTime();
		List<byte[]> parts = new ArrayList<>();
		parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n").getBytes(StandardCharsets.UTF_8));
		parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		parts.add(file);
		parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = client.send(page("/indicators/import")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArrays(parts)).build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).endsWith("/indicators/import?tooLarge");

		Document page = Jsoup.parse(get(URI.create(location).getPath() + "?" + URI.create(location).getQuery()).body());
		assertThat(page.select(".govuk-error-summary").text()).contains("The selected file must be smaller than 8,192 KB");
		assertThat(page.select("h1").text()).isEqualTo("Import measurements");
	}

	private String view(MockHttpServletRequest request, HttpStatus status) {
		return resolvers.stream().map(resolver -> resolver.resolveErrorView(request, status, Map.of()))
			.filter(java.util.Objects::nonNull).map(ModelAndView::getViewName).findFirst().orElse("error");
	}

	private void signIn(String username) throws Exception {
		String csrf = csrfOf(get("/sign-in").body());
		String form = "username=" + username + "&password=demo-locality-2022&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client.send(page("/sign-in")
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		String code = "code=" + DemoAuthenticator.code() + "&_csrf="
				+ URLEncoder.encode(csrfOf(get("/sign-in/code").body()), StandardCharsets.UTF_8);
		HttpResponse<String> proved = client.send(page("/sign-in/code")
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(code)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(proved.headers().firstValue("Location").orElseThrow()).doesNotContain("/sign-in");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return client.send(page(path).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A request as a browser sends it: asking for HTML (else the error answer is JSON, for programs). */
	private HttpRequest.Builder page(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String csrfOf(String html) {
		return Jsoup.parse(html).select("input[name=_csrf]").attr("value");
	}
}
