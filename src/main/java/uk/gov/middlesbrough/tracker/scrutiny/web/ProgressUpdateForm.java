package uk.gov.middlesbrough.tracker.scrutiny.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationStatus;
import uk.gov.middlesbrough.tracker.scrutiny.ResponseDecision;
import uk.gov.middlesbrough.tracker.web.DateInput;

/** A dated progress update on a recommendation: what happened, the status after it and, to close it, the panel's agreement. */
public class ProgressUpdateForm extends StatusChangeForm {

	private DateInput updateOn = new DateInput();

	@NotBlank
	@Size(max = 4000)
	private String note;

	static ProgressUpdateForm startingFrom(RecommendationStatus status, long version, LocalDate today) {
		ProgressUpdateForm form = new ProgressUpdateForm();
		form.setStatus(status);
		form.setVersion(version);
		form.updateOn = DateInput.of(today);
		return form;
	}

	/** The date, and a status that fits the executive's decision and, if it closes, comes with the panel's agreement. */
	void validate(Errors errors, RecommendationStatus current, ResponseDecision decision, LocalDate today) {
		DateInput.validate(errors, "updateOn", updateOn, "date of the update", true);
		if (!errors.hasFieldErrors("updateOn") && updateOn().isAfter(today)) {
			errors.rejectValue("updateOn", "scrutiny.progress.updateOn.future");
		}
		validateStatus(errors, current, decision, today);
	}

	/** Call only once the form has passed validation. */
	LocalDate updateOn() {
		return updateOn.toDate().orElseThrow();
	}

	public DateInput getUpdateOn() {
		return updateOn;
	}

	public void setUpdateOn(DateInput updateOn) {
		this.updateOn = updateOn;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
