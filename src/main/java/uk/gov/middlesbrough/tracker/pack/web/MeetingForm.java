package uk.gov.middlesbrough.tracker.pack.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;
import uk.gov.middlesbrough.tracker.web.DateInput;

/** A new panel meeting: panel, date, topic and the localities its packs cover. */
public class MeetingForm {

	@NotBlank
	@Size(max = 200)
	private String panel = "Children and Young People's Social Care and Services Scrutiny Panel";

	private DateInput meetingDate = new DateInput();

	@NotBlank
	@Size(max = 300)
	private String topic;

	private List<Long> localityIds = new ArrayList<>();

	void validate(Errors errors) {
		DateInput.validatePlanned(errors, "meetingDate", meetingDate, "date of the meeting", true);
		if (localityIds == null || localityIds.isEmpty()) {
			errors.rejectValue("localityIds", "meeting.localities.required");
		}
	}

	public String getPanel() {
		return panel;
	}

	public void setPanel(String panel) {
		this.panel = panel;
	}

	public DateInput getMeetingDate() {
		return meetingDate;
	}

	public void setMeetingDate(DateInput meetingDate) {
		this.meetingDate = meetingDate;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public List<Long> getLocalityIds() {
		return localityIds;
	}

	public void setLocalityIds(List<Long> localityIds) {
		this.localityIds = localityIds;
	}
}
