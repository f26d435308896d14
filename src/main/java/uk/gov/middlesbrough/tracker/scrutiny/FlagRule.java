package uk.gov.middlesbrough.tracker.scrutiny;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which flags a recommendation carries on a day.
 * <ul>
 * <li>Response overdue: the target date has passed (the day after it at the earliest; on the target date itself
 * there is still time) and the status is neither completed nor not accepted.</li>
 * <li>Report back due: the report-back date is today or later, and no more than {@code reportBackWeeks} weeks
 * ahead (exactly that many weeks ahead counts). A report-back date that has passed is not flagged: the meeting
 * it was due at has been held, and the progress updates say what was reported.</li>
 * </ul>
 */
public final class FlagRule {

	private final int reportBackWeeks;

	public FlagRule(ScrutinySettings settings) {
		this.reportBackWeeks = settings.reportBackWeeks();
	}

	public List<Flag> flags(RecommendationStatus status, LocalDate targetDate, LocalDate reportBackOn, LocalDate today) {
		List<Flag> flags = new ArrayList<>(2);
		if (targetDate != null && today.isAfter(targetDate) && !status.closed()) {
			flags.add(new Flag(ScrutinyFlag.RESPONSE_OVERDUE, targetDate));
		}
		if (reportBackOn != null && !reportBackOn.isBefore(today) && !reportBackOn.isAfter(today.plusWeeks(reportBackWeeks))) {
			flags.add(new Flag(ScrutinyFlag.REPORT_BACK_DUE, reportBackOn));
		}
		return List.copyOf(flags);
	}
}
