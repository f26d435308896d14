package uk.gov.middlesbrough.tracker.security;

/** A rule about accounts that needs the data; {@code code} is the message key and {@code field} where to show it. */
public class AccountProblem extends RuntimeException {

	private final String field;
	private final String code;

	AccountProblem(String field, String code) {
		super(code);
		this.field = field;
		this.code = code;
	}

	public String field() {
		return field;
	}

	public String code() {
		return code;
	}
}
