package uk.gov.middlesbrough.tracker.indicator;

/** Whether a value meets its indicator's target. */
public enum TargetStatus {
	ON_TARGET,
	OFF_TARGET,
	NO_TARGET;

	public String messageKey() {
		return "indicator.target." + name();
	}
}
