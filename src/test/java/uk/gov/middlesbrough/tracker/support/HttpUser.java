package uk.gov.middlesbrough.tracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * Someone using the running app over real HTTP (not MockMvc: the session store, the servlet container's redirects
 * and its error dispatch all take part): one cookie jar, so one session, and no redirects followed.
 */
public final class HttpUser {

	private final String origin;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient client;

	public HttpUser(int port) {
		this.origin = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
	}

	/** Signs in through the sign-in form; fails unless the app accepted the password. */
	public HttpUser signIn(String username) {
		HttpResponse<String> signedIn = post("/sign-in", csrfToken("/sign-in"),
				Map.of("username", username, "password", DemoUsers.PASSWORD));
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
			throw new IllegalStateException("Sign-in as " + username + " refused: " + signedIn.statusCode() + " " + location);
		}
		return giveCode();
	}

	/** The second step for a demo user: the code their authenticator app shows now (any page sends them to it). */
	public HttpUser giveCode() {
		HttpResponse<String> proved = post("/sign-in/code", csrfToken("/sign-in/code"),
				Map.of("code", DemoAuthenticator.code()));
		String location = proved.headers().firstValue("Location").orElse("");
		if (proved.statusCode() != 302 || location.contains("/sign-in")) {
			throw new IllegalStateException("Code refused: " + proved.statusCode() + " " + location);
		}
		return this;
	}

	/** The CSRF token in the first form on the page at {@code path}. */
	public String csrfToken(String path) {
		return Jsoup.parse(get(path).body()).select("input[name=_csrf]").attr("value");
	}

	public HttpResponse<String> get(String path) {
		return join(getAsync(path));
	}

	public CompletableFuture<HttpResponse<String>> getAsync(String path) {
		return send(page(path).GET().build());
	}

	public HttpResponse<String> post(String path, String csrfToken, Map<String, String> fields) {
		return join(postAsync(path, csrfToken, fields));
	}

	public CompletableFuture<HttpResponse<String>> postAsync(String path, String csrfToken, Map<String, String> fields) {
		String form = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&", "_csrf=" + encode(csrfToken) + "&", ""));
		return send(page(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build());
	}

	/** Sends a request built by the caller (to set headers a browser would not), with this user's cookies. */
	public HttpResponse<String> send(HttpRequest.Builder request) {
		return join(send(request.build()));
	}

	/** A request as a browser sends it: asking for HTML (else an error answer is JSON, for programs). */
	public HttpRequest.Builder page(String path) {
		return HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofMinutes(2))
			.header("Accept", "text/html,application/xhtml+xml");
	}

	/** The value of this user's cookie called {@code name}, or null. */
	public HttpCookie cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name)).findFirst()
			.orElse(null);
	}

	private CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
		return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	private static <T> T join(CompletableFuture<T> response) {
		try {
			return response.join();
		}
		catch (java.util.concurrent.CompletionException ex) {
			throw ex.getCause() instanceof IOException io ? new UncheckedIOException(io) : ex;
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
