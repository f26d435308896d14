package uk.gov.middlesbrough.tracker.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * How people may sign in: with the council's identity provider when the client registration {@value #COUNCIL} is
 * configured ({@code spring.security.oauth2.client.registration.council.*}), and with a username and password unless
 * {@code tracker.sign-in.local-passwords=false}. Switching passwords off without an identity provider would lock
 * everyone out, so the app refuses to start then.
 */
@Component
public class SignInOptions {

	/** The registration id of the council's identity provider, in its properties and in its URLs. */
	public static final String COUNCIL = "council";

	private final String councilName;
	private volatile boolean localPasswords;

	SignInOptions(@Value("${tracker.sign-in.local-passwords:true}") boolean localPasswords,
			ObjectProvider<ClientRegistrationRepository> registrations) {
		ClientRegistrationRepository repository = registrations.getIfAvailable();
		ClientRegistration council = repository == null ? null : repository.findByRegistrationId(COUNCIL);
		if (!localPasswords && council == null) {
			throw new IllegalStateException("tracker.sign-in.local-passwords=false needs the council's identity provider "
					+ "(spring.security.oauth2.client.registration.council.*); without it nobody could sign in");
		}
		this.councilName = council == null ? null : council.getClientName();
		this.localPasswords = localPasswords;
	}

	/** The name on the "Sign in with …" button (the registration's client-name), or empty without an identity provider. */
	public Optional<String> councilName() {
		return Optional.ofNullable(councilName);
	}

	public boolean localPasswords() {
		return localPasswords;
	}

	/** For the tests, which share one application context: switches the password form off and on again. */
	void allowLocalPasswords(boolean allowed) {
		if (!allowed && councilName == null) {
			throw new IllegalStateException("No identity provider to sign in with instead");
		}
		this.localPasswords = allowed;
	}
}
