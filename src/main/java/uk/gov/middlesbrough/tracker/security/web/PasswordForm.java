package uk.gov.middlesbrough.tracker.security.web;

/** A new password, and for a user changing their own, the current one. */
public class PasswordForm {

	private String currentPassword;

	private String password;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
