package uk.gov.middlesbrough.tracker.scrutiny.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.scrutiny.PanelAgreement;
import uk.gov.middlesbrough.tracker.scrutiny.RecommendationStatus;
import uk.gov.middlesbrough.tracker.scrutiny.ResponseDecision;
import uk.gov.middlesbrough.tracker.web.DateInput;
import uk.gov.middlesbrough.tracker.web.FormText;

/**
 * What the forms that set a recommendation's status share: the status, the version read, and the panel's agreement
 * (meeting in words and date) that closing it needs.
 */
public abstract class StatusChangeForm {

	private static final int MEETING_LENGTH = 300;

	@NotNull
	private RecommendationStatus status;

	private String closureMeeting;

	private DateInput closureAgreedOn = new DateInput();

	private long version;

	/**
	 * The status fits the decision ({@link ResponseDecision#fits}), and moving from {@code current} into a closed status
	 * has the panel's meeting and a real date not after today. The agreement, if typed when not closing, must still be
	 * a real date; it is not recorded.
	 */
	void validateStatus(Errors errors, RecommendationStatus current, ResponseDecision decision, LocalDate today) {
		if (status != null && decision != null && !decision.fits(status) && !errors.hasFieldErrors("status")) {
			errors.rejectValue("status", decision == ResponseDecision.REJECTED ? "scrutiny.status.rejectedIsNotAccepted"
					: "scrutiny.status.notAcceptedIsRejected");
		}
		boolean closing = status != null && status.closesFrom(current);
		String meeting = FormText.blankToNull(closureMeeting);
		if (closing && meeting == null) {
			errors.rejectValue("closureMeeting", "scrutiny.closure.meeting.required");
		}
		else if (meeting != null && meeting.length() > MEETING_LENGTH) {
			errors.rejectValue("closureMeeting", "scrutiny.closure.meeting.tooLong");
		}
		DateInput.validate(errors, "closureAgreedOn", closureAgreedOn, "date the panel agreed to close it", closing);
		if (!errors.hasFieldErrors("closureAgreedOn") && closureAgreedOn.toDate().filter(today::isBefore).isPresent()) {
			errors.rejectValue("closureAgreedOn", "scrutiny.closure.agreedOn.future");
		}
	}

	/** The panel's agreement typed in, if both parts are; call only once the form has passed validation. */
	PanelAgreement agreement() {
		String meeting = FormText.blankToNull(closureMeeting);
		return meeting == null || closureAgreedOn.isBlank() ? null
				: new PanelAgreement(meeting, closureAgreedOn.toDate().orElseThrow());
	}

	public RecommendationStatus getStatus() {
		return status;
	}

	public void setStatus(RecommendationStatus status) {
		this.status = status;
	}

	public String getClosureMeeting() {
		return closureMeeting;
	}

	public void setClosureMeeting(String closureMeeting) {
		this.closureMeeting = closureMeeting;
	}

	public DateInput getClosureAgreedOn() {
		return closureAgreedOn;
	}

	public void setClosureAgreedOn(DateInput closureAgreedOn) {
		this.closureAgreedOn = closureAgreedOn;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
