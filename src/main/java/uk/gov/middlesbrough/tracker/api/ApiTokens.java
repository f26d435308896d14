package uk.gov.middlesbrough.tracker.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.middlesbrough.tracker.web.NotFound;

/**
 * Issuing and revoking API clients' tokens, and recognising a token on a request. A token is 32 random bytes
 * (256 bits), so a plain SHA-256 of it is enough to keep: nobody can guess one from its hash, and looking it up needs
 * no slow password hashing on every request.
 */
@Component
public class ApiTokens {

	/** Tokens start with this, so one found in a log or a repository is recognised as ours. */
	static final String PREFIX = "lwt_";

	private final ApiClientRepository clients;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiClientRepository clients, Clock clock) {
		this.clients = clients;
		this.clock = clock;
	}

	/** The token, shown once to the administrator who issued it; only its hash is kept. */
	public record IssuedToken(long clientId, String token) {
	}

	@Transactional
	public IssuedToken issue(String name, String organisation, String issuedBy) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiClient client = clients.save(ApiClient.issue(name, organisation, hash(token), issuedBy, clock.instant()));
		return new IssuedToken(client.id(), token);
	}

	/** @throws NotFound when there is no such client */
	@Transactional
	public void revoke(long clientId) {
		clients.findById(clientId).orElseThrow(() -> new NotFound("API client", clientId)).revoke(clock.instant());
	}

	/** The client a token belongs to, while it is not revoked: its id and name. */
	@Transactional(readOnly = true)
	Optional<ApiPrincipal> authenticate(String token) {
		return clients.findByTokenHash(hash(token)).filter(client -> !client.revoked())
				.map(client -> new ApiPrincipal(client.id(), client.name()));
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java has SHA-256", impossible);
		}
	}
}
