package uk.gov.middlesbrough.tracker.reminder;

/** How often a user wants a digest of what has fallen due. Users who have not chosen get one daily. */
public enum ReminderFrequency {
	DAILY,
	WEEKLY,
	NONE;

	public String messageKey() {
		return "reminders.frequency." + name();
	}
}
