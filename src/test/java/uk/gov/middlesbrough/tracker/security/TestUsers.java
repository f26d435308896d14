package uk.gov.middlesbrough.tracker.security;

/** Signed-in users for unit tests of permission rules in other modules. */
public final class TestUsers {

	private TestUsers() {
	}

	public static SignedInUser of(long id, Role role, Long localityId) {
		return new SignedInUser(id, "user" + id, "User " + id, role, localityId, "", true);
	}
}
