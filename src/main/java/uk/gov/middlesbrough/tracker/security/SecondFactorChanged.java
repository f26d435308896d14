package uk.gov.middlesbrough.tracker.security;

/**
 * A user's second factor was set up, given new recovery codes or reset by an administrator: published (in the same
 * transaction) so the audit trail records it against the account, with whoever is signed in as the actor.
 */
public record SecondFactorChanged(long userId, Change change) {

	public enum Change {
		SET_UP,
		NEW_RECOVERY_CODES,
		RESET
	}
}
