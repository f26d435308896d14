package uk.gov.middlesbrough.tracker.security.https;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * {@code tracker.base-url}: the address users reach the service at (for example {@code https://tracker.middlesbrough.gov.uk}),
 * from which every redirect is built. Blank (local development) means {@code localhost} on whatever port the server
 * listens on, with the scheme of the request.
 */
@ConfigurationProperties("tracker")
record BaseUrl(String baseUrl) {

	BaseUrl {
		if (StringUtils.hasText(baseUrl)) {
			URI uri = URI.create(baseUrl);
			if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
				throw new IllegalArgumentException("tracker.base-url must be an http(s) address with a host: " + baseUrl);
			}
		}
	}

	boolean configured() {
		return StringUtils.hasText(baseUrl);
	}

	String scheme() {
		return URI.create(baseUrl).getScheme();
	}

	String host() {
		return configured() ? URI.create(baseUrl).getHost() : "localhost";
	}

	/** The configured port, or the scheme's default; -1 when not configured (then the server's own port). */
	int port() {
		if (!configured()) {
			return -1;
		}
		URI uri = URI.create(baseUrl);
		return uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
	}
}
