package uk.gov.middlesbrough.tracker.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the (JDBC) session: who is signed in, their role and, for a neighbourhood
 * manager, their locality. Serializable because Spring Session stores it in PostgreSQL.
 */
public final class SignedInUser implements UserDetails, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;
	private final String username;
	private final String displayName;
	private final Role role;
	private final Long localityId;
	private final transient String passwordHash;
	private final boolean enabled;
	private final boolean locked;

	SignedInUser(long id, String username, String displayName, Role role, Long localityId, String passwordHash,
			boolean enabled) {
		this(id, username, displayName, role, localityId, passwordHash, enabled, false);
	}

	SignedInUser(long id, String username, String displayName, Role role, Long localityId, String passwordHash,
			boolean enabled, boolean locked) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.localityId = localityId;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
	}

	/** A copy that Spring Security will refuse as locked (too many failed sign-ins). */
	SignedInUser locked() {
		return new SignedInUser(id, username, displayName, role, localityId, passwordHash, enabled, true);
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
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

	public boolean canManageLocalities() {
		return role == Role.ADMINISTRATOR || role == Role.HEAD_OF_SERVICE;
	}

	public boolean canManageUsers() {
		return role == Role.ADMINISTRATOR;
	}

	/**
	 * Entering and importing figures (indicator measurements, survey results, caseloads) for a locality:
	 * the head of service for every locality, a neighbourhood manager for their own.
	 */
	public boolean mayEnterFiguresFor(long localityId) {
		return role == Role.HEAD_OF_SERVICE
				|| (role == Role.NEIGHBOURHOOD_MANAGER && Long.valueOf(localityId).equals(this.localityId));
	}

	/** Whether the user may enter or import figures for at least one locality. */
	public boolean mayEnterFigures() {
		return role == Role.HEAD_OF_SERVICE || role == Role.NEIGHBOURHOOD_MANAGER;
	}

	/** The indicator library and other shared definitions (head of service and administrators). */
	public boolean canManageIndicators() {
		return role == Role.ADMINISTRATOR || role == Role.HEAD_OF_SERVICE;
	}

	/**
	 * Marking an escalation "raised at DIG" for a locality: the head of service for every locality, a
	 * neighbourhood manager for their own.
	 */
	public boolean mayMarkEscalationsFor(long localityId) {
		return mayEnterFiguresFor(localityId);
	}

	/** The scrutiny recommendations tracker, panel meetings and packs (scrutiny officer and head of service). */
	public boolean canEditScrutiny() {
		return role == Role.SCRUTINY_OFFICER || role == Role.HEAD_OF_SERVICE;
	}

	public boolean canReadAudit() {
		return role == Role.ADMINISTRATOR || role == Role.HEAD_OF_SERVICE;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
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
