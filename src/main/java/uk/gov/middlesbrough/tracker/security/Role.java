package uk.gov.middlesbrough.tracker.security;

/** The roles of the SPEC. Each maps to the Spring Security authority {@code ROLE_<name>}. */
public enum Role {
	ADMINISTRATOR,
	HEAD_OF_SERVICE,
	SCRUTINY_OFFICER,
	NEIGHBOURHOOD_MANAGER,
	PLAN_LEAD,
	VIEWER;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Message key for the role's name, e.g. {@code role.HEAD_OF_SERVICE}. */
	public String messageKey() {
		return "role." + name();
	}

	/** Message key for what the role may do, shown on the account page. */
	public String abilitiesKey() {
		return "role." + name() + ".abilities";
	}

	public boolean isBoundToLocality() {
		return this == NEIGHBOURHOOD_MANAGER;
	}
}
