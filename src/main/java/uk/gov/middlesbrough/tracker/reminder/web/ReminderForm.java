package uk.gov.middlesbrough.tracker.reminder.web;

import jakarta.validation.constraints.NotNull;
import uk.gov.middlesbrough.tracker.reminder.ReminderFrequency;

/** How often the user wants to be reminded. */
public class ReminderForm {

	@NotNull
	private ReminderFrequency frequency;

	public ReminderFrequency getFrequency() {
		return frequency;
	}

	public void setFrequency(ReminderFrequency frequency) {
		this.frequency = frequency;
	}
}
