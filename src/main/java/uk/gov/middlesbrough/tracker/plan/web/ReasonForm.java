package uk.gov.middlesbrough.tracker.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an action is being cancelled or reinstated (kept in its history), and the version it was read at. */
public class ReasonForm {

	@NotBlank
	@Size(max = 2000)
	private String reason;

	private long version;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
