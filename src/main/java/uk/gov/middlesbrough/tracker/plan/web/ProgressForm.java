package uk.gov.middlesbrough.tracker.plan.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A progress update: the new percentage complete and what happened. */
public class ProgressForm {

	@NotNull
	@Min(0)
	@Max(100)
	private Integer completion;

	@NotBlank
	@Size(max = 2000)
	private String commentary;

	private long version;

	public Integer getCompletion() {
		return completion;
	}

	public void setCompletion(Integer completion) {
		this.completion = completion;
	}

	public String getCommentary() {
		return commentary;
	}

	public void setCommentary(String commentary) {
		this.commentary = commentary;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
