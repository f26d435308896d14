package uk.gov.middlesbrough.tracker.plan;

/** The account chosen as a plan's lead is not an enabled plan lead (or no account at all); nothing is saved. */
public class NotAPlanLead extends RuntimeException {

	NotAPlanLead(long userId) {
		super("Account " + userId + " is not a plan lead");
	}
}
