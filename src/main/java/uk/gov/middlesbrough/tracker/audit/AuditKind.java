package uk.gov.middlesbrough.tracker.audit;

/** What an audit row records. */
public enum AuditKind {
	CREATE,
	UPDATE,
	DELETE,
	SIGN_IN,
	SIGN_IN_FAILED,
	SIGN_OUT;

	public String messageKey() {
		return "audit.kind." + name();
	}
}
