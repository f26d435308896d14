package uk.gov.middlesbrough.tracker.plan;

/**
 * A change the action's status does not allow: progress on a cancelled action, cancelling a cancelled one,
 * reinstating one that is not cancelled. Carries the message key of what the page says.
 */
public class ActionTransitionRefused extends IllegalStateException {

	private final String messageKey;

	ActionTransitionRefused(String description, String messageKey) {
		super(description);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
