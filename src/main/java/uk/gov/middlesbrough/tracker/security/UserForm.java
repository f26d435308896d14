package uk.gov.middlesbrough.tracker.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adding a user (all fields) or changing one (username and password are not edited here). */
public class UserForm {

	private String username;

	@NotBlank
	@Size(max = 120)
	private String displayName;

	@Size(max = 120)
	private String postTitle;

	@NotNull
	private Role role;

	private Long localityId;

	private String email;

	private String password;

	private long version;

	public static UserForm of(UserAccount account) {
		UserForm form = new UserForm();
		form.username = account.getUsername();
		form.displayName = account.getDisplayName();
		form.postTitle = account.getPostTitle();
		form.role = account.getRole();
		form.localityId = account.getLocalityId();
		form.email = account.getEmail();
		form.version = account.getVersion();
		return form;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPostTitle() {
		return postTitle;
	}

	public void setPostTitle(String postTitle) {
		this.postTitle = postTitle;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getLocalityId() {
		return localityId;
	}

	public void setLocalityId(Long localityId) {
		this.localityId = localityId;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
