package uk.gov.middlesbrough.tracker.pack;

/** A draft can be regenerated; an issued pack never changes. */
public enum PackStatus {
	DRAFT,
	ISSUED;

	public String messageKey() {
		return "pack.status." + name();
	}
}
