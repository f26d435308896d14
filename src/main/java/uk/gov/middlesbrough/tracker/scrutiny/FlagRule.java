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
 * ahead (exactly that many weeks ahead counts).</li>
 * <li>Report back overdue: the report-back date has passed (the day after it at the earliest) and the recommendation
 * is still open (neither completed nor not accepted). Once a report is made, the officer records it as progress and
 * either closes the recommendation or sets the next report-back date in the response.</li>
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
		if (reportBackOn != null && today.isAfter(reportBackOn) && !status.closed()) {
			flags.add(new Flag(ScrutinyFlag.REPORT_BACK_OVERDUE, reportBackOn));
		}
		return List.copyOf(flags);
	}
}
