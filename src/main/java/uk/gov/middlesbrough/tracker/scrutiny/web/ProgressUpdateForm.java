package uk.gov.middlesbrough.tracker.scrutiny.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationStatus;
import uk.gov.middlesbrough.tracker.web.DateInput;

/** A dated progress update on a recommendation: what happened, and the status after it. */
public class ProgressUpdateForm {

	private DateInput updateOn = new DateInput();

	@NotBlank
	@Size(max = 4000)
	private String note;

	@NotNull
	private RecommendationStatus status;

	private long version;

	static ProgressUpdateForm startingFrom(RecommendationStatus status, long version, LocalDate today) {
		ProgressUpdateForm form = new ProgressUpdateForm();
		form.status = status;
		form.version = version;
		form.updateOn = DateInput.of(today);
		return form;
	}

	void validate(Errors errors, LocalDate today) {
		DateInput.validate(errors, "updateOn", updateOn, "date of the update", true);
		if (!errors.hasFieldErrors("updateOn") && updateOn().isAfter(today)) {
			errors.rejectValue("updateOn", "scrutiny.progress.updateOn.future");
		}
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

	public RecommendationStatus getStatus() {
		return status;
	}

	public void setStatus(RecommendationStatus status) {
		this.status = status;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
