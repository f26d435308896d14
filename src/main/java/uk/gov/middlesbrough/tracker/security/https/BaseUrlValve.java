package uk.gov.middlesbrough.tracker.security.https;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Gives every request the base URL's host and port (and scheme, when configured) whatever its {@code Host} header
 * says, so that every address the app builds from the request (the sign-in redirect, a redirect after a form, the page
 * to go back to after sign-in) is the service's own: {@code Host: evil.example} is never reflected. Whether the request
 * was HTTPS ({@code isSecure()}, for Secure cookies and HSTS) is left as the connection or the trusted proxy's
 * {@code X-Forwarded-Proto} made it. Runs after Tomcat's {@code RemoteIpValve}.
 */
final class BaseUrlValve extends ValveBase {

	private final BaseUrl baseUrl;

	BaseUrlValve(BaseUrl baseUrl) {
		super(true);
		this.baseUrl = baseUrl;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		request.getCoyoteRequest().serverName().setString(baseUrl.host());
		if (baseUrl.configured()) {
			request.getCoyoteRequest().scheme().setString(baseUrl.scheme());
			request.getCoyoteRequest().setServerPort(baseUrl.port());
		}
		else {
			request.getCoyoteRequest().setServerPort(request.getLocalPort());
		}
		getNext().invoke(request, response);
	}
}
