package uk.gov.middlesbrough.tracker.scrutiny.web;

/** Linking an action that delivers a recommendation: the action's number, as its page's address ends. */
public class LinkActionForm {

	private String actionId;

	public String getActionId() {
		return actionId;
	}

	public void setActionId(String actionId) {
		this.actionId = actionId;
	}

	/** The number typed, or null if it is not one (an address ending in the number counts too). */
	Long number() {
		String typed = actionId == null ? "" : actionId.strip();
		String digits = typed.replaceFirst("^.*/actions/", "");
		return digits.matches("[0-9]{1,12}") ? Long.valueOf(digits) : null;
	}
}
