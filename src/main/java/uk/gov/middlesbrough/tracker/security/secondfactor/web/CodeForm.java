package uk.gov.middlesbrough.tracker.security.secondfactor.web;

/** The one field of the code pages: six digits from the app, or a recovery code. */
public class CodeForm {

	private String code;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}
}
