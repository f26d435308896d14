package uk.gov.middlesbrough.tracker.escalation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.web.DateInput;

/** Marking an item raised at DIG: the day it was raised (not in the future) and a note of what was raised. */
public class MarkForm {

	private DateInput raisedOn = new DateInput();

	@NotBlank
	@Size(max = 2000)
	private String note;

	/** The date rules Bean Validation cannot hold: a real date, and not after {@code today}. */
	void validate(Errors errors, LocalDate today) {
		DateInput.validate(errors, "raisedOn", raisedOn, "date it was raised at DIG", true);
		if (!errors.hasFieldErrors("raisedOn") && raisedOn.toDate().orElseThrow().isAfter(today)) {
			errors.rejectValue("raisedOn", "escalation.mark.raisedOn.future");
		}
	}

	LocalDate raisedOnDate() {
		return raisedOn.toDate().orElseThrow();
	}

	public DateInput getRaisedOn() {
		return raisedOn;
	}

	public void setRaisedOn(DateInput raisedOn) {
		this.raisedOn = raisedOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
