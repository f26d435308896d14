package uk.gov.middlesbrough.tracker.api;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A partner or open-data user an administrator issued a token to: who it is and why, and the token's SHA-256 hash
 * (never the token). Once revoked it stays revoked.
 */
@Entity
class ApiClient {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String organisation;

	private String tokenHash;

	private String issuedBy;

	private Instant issuedAt;

	private Instant revokedAt;

	@Version
	private long version;

	protected ApiClient() {
	}

	static ApiClient issue(String name, String organisation, String tokenHash, String issuedBy, Instant now) {
		ApiClient client = new ApiClient();
		client.name = name.strip();
		client.organisation = organisation.strip();
		client.tokenHash = tokenHash;
		client.issuedBy = issuedBy;
		client.issuedAt = now;
		return client;
	}

	/** Refuses the token from now on; a second revocation keeps the first one's time. */
	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	boolean revoked() {
		return revokedAt != null;
	}

	Long id() {
		return id;
	}

	String name() {
		return name;
	}
}
