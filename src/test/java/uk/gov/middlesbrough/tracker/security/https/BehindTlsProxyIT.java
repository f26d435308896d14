package uk.gov.middlesbrough.tracker.security.https;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.FilterChainProxy;
import uk.gov.middlesbrough.tracker.security.session.AppCsrfTokens;
import uk.gov.middlesbrough.tracker.support.DemoUsers;
import uk.gov.middlesbrough.tracker.support.HttpUser;
import uk.gov.middlesbrough.tracker.support.IntegrationTest;

/**
 * Over real HTTP, as the TLS proxy (on loopback, a trusted proxy) forwards requests: redirects come from the base URL
 * whatever the Host header says, and a request the proxy says was HTTPS gets Secure cookies and HSTS.
 */
class BehindTlsProxyIT extends IntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	FilterChainProxy filterChains;

	@BeforeEach
	void theAppsOwnCsrfTokenStore() {
		AppCsrfTokens.restore(filterChains);
	}

	@Test
	void aForgedHostHeaderIsNeverReflectedInARedirect() throws IOException {
		String base = "http://localhost:" + port;
		HttpUser user = new HttpUser(port);
		String csrf = user.csrfToken("/sign-in");
		String cookies = "XSRF-TOKEN=" + user.cookie("XSRF-TOKEN").getValue();

		assertThat(location(raw("GET /localities HTTP/1.1", "", ""))).as("sign-in redirect").isEqualTo(base + "/sign-in");
		String signIn = raw("POST /sign-in HTTP/1.1", cookies, "username=head&password=" + DemoUsers.PASSWORD + "&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8));
		assertThat(location(signIn)).as("after sign-in").isEqualTo(base + "/");

		HttpUser signedIn = new HttpUser(port).signIn("viewer");
		String signOut = raw("POST /sign-out HTTP/1.1", "SESSION=" + signedIn.cookie("SESSION").getValue(),
				"_csrf=" + URLEncoder.encode(signedIn.csrfToken("/"), StandardCharsets.UTF_8));
		assertThat(location(signOut)).as("after sign-out").isEqualTo(base + "/sign-in?signedOut");
	}

	@Test
	void aRequestTheProxySaysWasHttpsGetsSecureCookiesAndHsts() {
		HttpUser user = new HttpUser(port);
		HttpResponse<String> signInPage = user.send(user.page("/sign-in").header("X-Forwarded-Proto", "https"));
		assertThat(signInPage.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age=31536000"));
		assertThat(signInPage.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("Secure"));

		// The cookie jar keeps a Secure cookie for HTTPS, and this request reaches the app over HTTP, as from the proxy.
		String token = signInPage.headers().allValues("Set-Cookie").get(0).replaceFirst(";.*", "");
		HttpResponse<String> signedIn = user.send(user.page("/sign-in").header("X-Forwarded-Proto", "https").header("Cookie", token)
			.header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
					"username=head&password=" + DemoUsers.PASSWORD + "&_csrf=" + URLEncoder.encode(
							org.jsoup.Jsoup.parse(signInPage.body()).select("input[name=_csrf]").attr("value"), StandardCharsets.UTF_8))));
		assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(
				cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure").contains("HttpOnly"));
		assertThat(signedIn.headers().firstValue("Location")).hasValue("https://localhost:" + port + "/");
	}

	@Test
	void plainHttpForLocalDevelopmentGetsNoSecureCookieNorHstsAndEveryAnswerAPermissionsPolicy() {
		HttpUser user = new HttpUser(port);
		HttpResponse<String> signInPage = user.get("/sign-in");
		assertThat(signInPage.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(signInPage.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
		assertThat(signInPage.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy)
			.contains("camera=()", "microphone=()", "geolocation=()"));

		user.signIn("viewer");
		assertThat(user.get("/").headers().firstValue("Permissions-Policy")).isPresent();
	}

	@Test
	void forwardedHeadersFromAnAddressThatIsNotATrustedProxyAreIgnored() throws IOException {
		InetAddress notAProxy = nonLoopbackAddress();
		assumeTrue(notAProxy != null, "this machine has a network address besides loopback");
		try (Socket socket = new Socket(notAProxy, port)) {
			socket.getOutputStream().write(("GET /sign-in HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
					+ "X-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.9\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			String head = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\r\n\r\n")[0];
			assertThat(head).startsWith("HTTP/1.1 200");
			assertThat(head).as("no HSTS: the client, not a proxy, said https").doesNotContain("Strict-Transport-Security");
			assertThat(head.lines().filter(line -> line.startsWith("Set-Cookie"))).isNotEmpty()
				.allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
		}
	}

	private static InetAddress nonLoopbackAddress() throws IOException {
		for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (network.isUp() && !network.isLoopback()) {
				for (InetAddress address : Collections.list(network.getInetAddresses())) {
					if (address instanceof Inet4Address) {
						return address;
					}
				}
			}
		}
		return null;
	}

	/** Sends one request with a forged {@code Host} (which java.net.http will not send) and returns the response head. */
	private String raw(String requestLine, String cookies, String form) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n");
			if (!cookies.isEmpty()) {
				request.append("Cookie: ").append(cookies).append("\r\n");
			}
			if (!form.isEmpty()) {
				request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
					.append(form.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
			}
			OutputStream out = socket.getOutputStream();
			out.write(request.append("\r\n").append(form).toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			return response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
		}
	}

	private static String location(String responseHead) {
		return responseHead.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
			.map(line -> line.substring(9).strip()).orElse("(no Location in " + responseHead + ")");
	}
}
