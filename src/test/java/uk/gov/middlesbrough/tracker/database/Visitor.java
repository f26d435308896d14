package uk.gov.middlesbrough.tracker.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jsoup.Jsoup;
import uk.gov.middlesbrough.tracker.support.DemoAuthenticator;
import uk.gov.middlesbrough.tracker.support.DemoUsers;

/** Someone using the running app over real HTTP: their cookies, and the CSRF token their pages carry. */
final class Visitor {

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
	private final int port;
	private String csrf;

	private Visitor(int port) {
		this.port = port;
	}

	static Visitor anonymous(int port) {
		return new Visitor(port);
	}

	static Visitor signedIn(int port, String username) throws IOException, InterruptedException {
		Visitor visitor = new Visitor(port);
		visitor.csrf = visitor.tokenOn("/sign-in");
		HttpResponse<String> signIn = visitor.post("/sign-in", "username=" + username + "&password="
				+ URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8));
		assertThat(signIn.headers().firstValue("Location")).as("signed in as " + username).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("/sign-in"));
		visitor.csrf = visitor.tokenOn("/sign-in/code");
		HttpResponse<String> proved = visitor.post("/sign-in/code", "code=" + DemoAuthenticator.code());
		assertThat(proved.headers().firstValue("Location")).as("code taken for " + username).hasValueSatisfying(
				location -> assertThat(location).doesNotContain("/sign-in"));
		visitor.csrf = visitor.tokenOn("/account");
		return visitor;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	CompletableFuture<HttpResponse<String>> getAsync(String path) {
		return client.sendAsync(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form (already encoded) with this visitor's CSRF token. */
	HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		String body = form + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Opens a page and keeps the CSRF token its form carries. */
	HttpResponse<String> withTokenFrom(String path) throws IOException, InterruptedException {
		HttpResponse<String> page = get(path);
		csrf = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
		return page;
	}

	private String tokenOn(String path) throws IOException, InterruptedException {
		return Jsoup.parse(get(path).body()).select("input[name=_csrf]").attr("value");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
	}
}
