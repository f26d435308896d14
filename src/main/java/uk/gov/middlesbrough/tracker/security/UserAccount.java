package uk.gov.middlesbrough.tracker.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Someone who signs in. Changes go through intention-named methods that keep the role rules. */
@Entity
@Table(name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String username;

	private String displayName;

	private String postTitle;

	private String email;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Long localityId;

	private String passwordHash;

	private boolean enabled = true;

	private boolean mustChangePassword;

	@Column(updatable = false, insertable = false)
	private Instant createdAt;

	/** Written by {@code secondfactor.SecondFactors} only, never through this entity. */
	@Column(updatable = false, insertable = false)
	private Instant totpEnrolledAt;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String postTitle, Role role, Long localityId,
			String passwordHash) {
		this.username = username;
		// An administrator chose this first password, so the user changes it when they first sign in.
		setPasswordToChange(passwordHash);
		describe(displayName, postTitle);
		assign(role, localityId);
	}

	void describe(String displayName, String postTitle) {
		this.displayName = displayName;
		this.postTitle = postTitle;
	}

	/** The address reminders go to, or null for none; already checked by {@link EmailAddress}. */
	void changeEmail(String email) {
		this.email = email;
	}

	void assign(Role role, Long localityId) {
		if (role.isBoundToLocality() && localityId == null) {
			throw new IllegalArgumentException("A " + role + " must be bound to a locality");
		}
		this.role = role;
		this.localityId = role.isBoundToLocality() ? localityId : null;
	}

	/** The user's own choice of password. */
	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	/** A password someone else chose (a new account, or an administrator's reset): the user must change it at sign-in. */
	void setPasswordToChange(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = true;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	public SignedInUser toSignedInUser() {
		return new SignedInUser(id, username, displayName, role, localityId, passwordHash, enabled, mustChangePassword,
				totpEnrolledAt != null);
	}

	/** When this user set up an authenticator app; null if they have not. */
	public Instant getTotpEnrolledAt() {
		return totpEnrolledAt;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPostTitle() {
		return postTitle;
	}

	public String getEmail() {
		return email;
	}

	public Role getRole() {
		return role;
	}

	public Long getLocalityId() {
		return localityId;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}
}
