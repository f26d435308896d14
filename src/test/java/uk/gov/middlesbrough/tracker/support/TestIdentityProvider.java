package uk.gov.middlesbrough.tracker.support;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The council's identity provider for the tests: one OpenID Connect server (navikt's mock-oauth2-server) per test
 * run on a loopback port, registered as the client registration {@code council} of the one shared test context, so
 * the sign-in page of every test shows the "Sign in with" button beside the password form. It signs in without a
 * login page of its own, as whoever the next {@link #nextSignIn} names.
 */
public final class TestIdentityProvider {

	public static final String NAME = "Middlesbrough Council";
	private static final String ISSUER = "council";
	private static final String CLIENT_ID = "locality-tracker";
	private static MockOAuth2Server server;

	private TestIdentityProvider() {
	}

	private static synchronized MockOAuth2Server server() {
		if (server == null) {
			MockOAuth2Server started = new MockOAuth2Server();
			started.start(InetAddress.getLoopbackAddress(), 0);
			Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
			server = started;
		}
		return server;
	}

	/** The properties an operator sets for Microsoft Entra ID, pointing at this server instead. */
	static void register(DynamicPropertyRegistry registry) {
		String registration = "spring.security.oauth2.client.registration.council.";
		registry.add(registration + "client-id", () -> CLIENT_ID);
		registry.add(registration + "client-secret", () -> "test-secret");
		registry.add(registration + "client-name", () -> NAME);
		registry.add(registration + "scope", () -> "openid,profile,email");
		registry.add("spring.security.oauth2.client.provider.council.issuer-uri",
				() -> server().issuerUrl(ISSUER).toString());
	}

	/** The next sign-in at the identity provider is by someone with these claims (an email address, mostly). */
	public static void nextSignIn(String subject, Map<String, Object> claims) {
		server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
	}
}
