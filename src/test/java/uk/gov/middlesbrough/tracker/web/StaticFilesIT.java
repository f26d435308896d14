package uk.gov.middlesbrough.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.middlesbrough.tracker.support.SignedInUsers.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.webjars.WebJarVersionLocator;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * What the browser is sent: static files under names that carry a hash of their content, cached for a year;
 * signed-in pages never cached; text compressed; chart images sized so the page does not shift as they load.
 */
class StaticFilesIT extends IntegrationTest {

	@Autowired
	UserDetailsService users;

	@LocalServerPort
	int port;

	@Test
	void staticFilesHaveFingerprintedNamesAndAreCachedForAYearWhilePagesAreNeverStored() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/").with(user(users.loadUserByUsername("head")))).andReturn().getResponse();
		assertThat(page.getHeader("Cache-Control")).contains("no-store");
		Document html = Jsoup.parse(page.getContentAsString());
		String css = html.select("link[rel=stylesheet][href^=/css/]").attr("href");
		String govuk = html.select("link[rel=stylesheet][href^=/webjars/]").attr("href");
		String js = html.select("script[type=module]").attr("src");
		assertThat(css).matches("/css/app-[0-9a-f]{32}\\.css");
		assertThat(govuk).matches("/webjars/govuk-frontend/[0-9.]+/dist/govuk/govuk-frontend\\.min-[0-9a-f]{32}\\.css");
		assertThat(js).matches("/js/app-[0-9a-f]{32}\\.mjs");
		for (String path : new String[] {css, govuk, js}) {
			MockHttpServletResponse file = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(file.getStatus()).as(path).isEqualTo(200);
			assertThat(file.getHeader("Cache-Control")).as(path).isEqualTo("max-age=31536000, public, immutable");
		}
	}

	@Test
	void textIsCompressedForBrowsersThatAcceptIt() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<byte[]> signIn = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in"))
				.header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(signIn.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(signIn.body()).startsWith((byte) 0x1f, (byte) 0x8b);
		HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sign-in")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(plain.body()).contains("<html");
	}

	@Test
	void theModuleScriptImportsTheGovukFrontendVersionOnTheClasspath() throws Exception {
		String script = Files.readString(Path.of("src/main/resources/static/js/app.mjs"), StandardCharsets.UTF_8);
		assertThat(script).contains("/webjars/govuk-frontend/" + new WebJarVersionLocator().version("govuk-frontend") + "/dist/");
		// The imported file is there under that name.
		assertThat(mvc.perform(get("/webjars/govuk-frontend/" + new WebJarVersionLocator().version("govuk-frontend")
				+ "/dist/govuk/govuk-frontend.min.js")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void dashboardChartImagesCarryTheirSize() throws Exception {
		Document dashboard = Jsoup.parse(mvc.perform(get("/localities/{id}/dashboard", localityId("North Ormesby"))
				.with(user(users.loadUserByUsername("head")))).andReturn().getResponse().getContentAsString());
		assertThat(dashboard.select("img.app-chart")).isNotEmpty()
			.allSatisfy(img -> {
				assertThat(img.attr("width")).isEqualTo("600");
				assertThat(img.attr("height")).isEqualTo("300");
			});
	}
}
