package uk.gov.middlesbrough.tracker.scrutiny;

/** Why a recommendation needs the scrutiny officer's attention. */
public enum ScrutinyFlag {
	/** Its target date has passed and it is neither completed nor not accepted. */
	RESPONSE_OVERDUE,
	/** A report back to the panel is due within the configured number of weeks. */
	REPORT_BACK_DUE,
	/** The report-back date has passed and the recommendation is still open: no report recorded, no new date set. */
	REPORT_BACK_OVERDUE;

	public String messageKey() {
		return "scrutiny.flag." + name();
	}
}
