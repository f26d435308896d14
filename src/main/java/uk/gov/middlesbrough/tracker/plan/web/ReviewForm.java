package uk.gov.middlesbrough.tracker.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.gov.middlesbrough.tracker.web.DateInput;

/** Recording a monthly review: when it took place and what was noted. */
public class ReviewForm {

	private DateInput reviewedOn = new DateInput();

	@NotBlank
	@Size(max = 4000)
	private String notes;

	public DateInput getReviewedOn() {
		return reviewedOn;
	}

	public void setReviewedOn(DateInput reviewedOn) {
		this.reviewedOn = reviewedOn;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}
}
