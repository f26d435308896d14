package uk.gov.middlesbrough.tracker.scrutiny.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.web.DateInput;

/** Adding a review: the panel, the topic, the date of the final report and of the executive's response. */
public class ScrutinyReviewForm {

	@NotBlank
	@Size(max = 200)
	private String panel;

	@NotBlank
	@Size(max = 300)
	private String topic;

	private DateInput finalReportOn = new DateInput();

	private DateInput responseOn = new DateInput();

	/** The dates: real, not in the future, and the response not before the report. */
	void validate(Errors errors, LocalDate today) {
		DateInput.validate(errors, "finalReportOn", finalReportOn, "date of the final report", true);
		DateInput.validate(errors, "responseOn", responseOn, "date of the executive’s response", false);
		if (!errors.hasFieldErrors("finalReportOn") && finalReportOn().isAfter(today)) {
			errors.rejectValue("finalReportOn", "scrutiny.review.finalReportOn.future");
		}
		if (!errors.hasFieldErrors("responseOn") && responseOn() != null) {
			if (responseOn().isAfter(today)) {
				errors.rejectValue("responseOn", "scrutiny.review.responseOn.future");
			}
			else if (!errors.hasFieldErrors("finalReportOn") && responseOn().isBefore(finalReportOn())) {
				errors.rejectValue("responseOn", "scrutiny.review.responseOn.beforeReport");
			}
		}
	}

	/** Call only once the form has passed validation. */
	LocalDate finalReportOn() {
		return finalReportOn.toDate().orElseThrow();
	}

	LocalDate responseOn() {
		return responseOn.toDate().orElse(null);
	}

	public String getPanel() {
		return panel;
	}

	public void setPanel(String panel) {
		this.panel = panel;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public DateInput getFinalReportOn() {
		return finalReportOn;
	}

	public void setFinalReportOn(DateInput finalReportOn) {
		this.finalReportOn = finalReportOn;
	}

	public DateInput getResponseOn() {
		return responseOn;
	}

	public void setResponseOn(DateInput responseOn) {
		this.responseOn = responseOn;
	}
}
