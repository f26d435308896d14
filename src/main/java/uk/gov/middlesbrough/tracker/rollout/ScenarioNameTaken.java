package uk.gov.middlesbrough.tracker.rollout;

/** A scenario of that name is already saved: scenarios are never overwritten, so the decision stays as it was made. */
public class ScenarioNameTaken extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ScenarioNameTaken(String name) {
		super("A scenario called " + name + " is already saved");
	}
}
