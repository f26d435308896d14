package uk.gov.middlesbrough.tracker.security.web;

/** A user's own email address, as typed on their account page (blank for none). */
public class EmailForm {

	private String email;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}
}
