package uk.gov.middlesbrough.tracker.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The principal kept in the (JDBC) session: who is signed in, their role and, for a neighbourhood
 * manager, their locality. Serializable because Spring Session stores it in PostgreSQL. The same principal whether
 * they signed in with a password or with the council's identity provider (hence {@link OAuth2User}, which a sign-in
 * with OpenID Connect needs; the provider's claims are not kept).
 */
public final class SignedInUser implements UserDetails, OAuth2User, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;
	private final String username;
	private final String displayName;
	private final Role role;
	private final Long localityId;
	private final transient String passwordHash;
	private final boolean enabled;
	private final boolean mustChangePassword;
	private final boolean secondFactorSetUp;

	SignedInUser(long id, String username, String displayName, Role role, Long localityId, String passwordHash,
			boolean enabled) {
		this(id, username, displayName, role, localityId, passwordHash, enabled, false);
	}

	SignedInUser(long id, String username, String displayName, Role role, Long localityId, String passwordHash,
			boolean enabled, boolean mustChangePassword) {
		this(id, username, displayName, role, localityId, passwordHash, enabled, mustChangePassword, false);
	}

	SignedInUser(long id, String username, String displayName, Role role, Long localityId, String passwordHash,
			boolean enabled, boolean mustChangePassword, boolean secondFactorSetUp) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.localityId = localityId;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
		this.secondFactorSetUp = secondFactorSetUp;
	}

	/** Whether this user has set up an authenticator app (then every sign-in asks for a code, whatever the role). */
	public boolean secondFactorSetUp() {
		return secondFactorSetUp;
	}

	/** The same user once they have set up an authenticator app. */
	public SignedInUser withSecondFactorSetUp() {
		return new SignedInUser(id, username, displayName, role, localityId, null, enabled, mustChangePassword, true);
	}

	/** Whether an administrator set this user's password (new account or reset) and they have not yet chosen their own. */
	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	/** The same user once they have chosen their own password. */
	public SignedInUser withOwnPassword() {
		return new SignedInUser(id, username, displayName, role, localityId, null, enabled, false, secondFactorSetUp);
	}

	/**
	 * A disabled account as sign-in sees it: refused the way a wrong password is (after the same hashing), not by
	 * an earlier "disabled" check that would answer sooner and so tell which usernames exist.
	 */
	SignedInUser refusedAtSignIn(String neverMatchingHash) {
		return new SignedInUser(id, username, displayName, role, localityId, neverMatchingHash, true, mustChangePassword,
				secondFactorSetUp);
	}

	SignedInUser withPasswordHash(String newHash) {
		return new SignedInUser(id, username, displayName, role, localityId, newHash, enabled, mustChangePassword,
				secondFactorSetUp);
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	/** The locality a neighbourhood manager is bound to; null for every other role. */
	public Long localityId() {
		return localityId;
	}

	public boolean hasRole(Role candidate) {
		return role == candidate;
	}

	/** Whether the user is the neighbourhood manager of this locality (the rules about what that allows belong to each feature). */
	public boolean managesLocality(long candidateLocalityId) {
		return role == Role.NEIGHBOURHOOD_MANAGER && Long.valueOf(candidateLocalityId).equals(localityId);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getName() {
		return username;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return Map.of();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser that && that.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return username;
	}
}
