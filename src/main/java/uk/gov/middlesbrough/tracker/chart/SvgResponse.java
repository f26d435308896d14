package uk.gov.middlesbrough.tracker.chart;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A chart served as its own SVG image. The image's own Content-Security-Policy allows the inline styles
 * JFreeSVG writes (an SVG shown through an img element cannot run scripts); pages keep their strict policy.
 */
public final class SvgResponse {

	static final String IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

	private SvgResponse() {
	}

	public static ResponseEntity<byte[]> of(String svg) {
		return ResponseEntity.ok()
				.contentType(MediaType.valueOf("image/svg+xml"))
				.cacheControl(CacheControl.maxAge(Duration.ZERO).cachePrivate())
				.header("Content-Security-Policy", IMAGE_POLICY)
				.body(svg.getBytes(StandardCharsets.UTF_8));
	}
}
