package uk.gov.middlesbrough.tracker.security.https;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Behind the council's TLS proxy: redirects built from {@link BaseUrl} (absolute, {@code server.tomcat.use-relative-redirects=false}),
 * forwarded headers honoured from trusted proxies only ({@code server.forward-headers-strategy=native}: Tomcat's
 * {@code RemoteIpValve} with {@code server.tomcat.remoteip.internal-proxies}), Secure cookies and HSTS on HTTPS
 * requests (Spring Session's cookie and Spring Security's HSTS writer follow {@code isSecure()}), and a
 * Permissions-Policy that denies the browser features the service never uses.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BaseUrl.class)
class HttpsConfiguration {

	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
			+ "screen-wake-lock=(), xr-spatial-tracking=()";

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> baseUrlValve(BaseUrl baseUrl) {
		return factory -> factory.addEngineValves(new BaseUrlValve(baseUrl));
	}

	@Bean
	Customizer<HttpSecurity> permissionsPolicy() {
		return http -> http.headers(headers -> headers.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
	}
}
